//! The README's examples work: its example rule pack validates and passes
//! its own cases, and its quick-start commands name files that exist.

mod common;

#[test]
fn the_readme_example_pack_validates_and_passes_its_cases() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let start = readme
        .find("```toml\n[pack]\nname = \"mypbx\"")
        .expect("example pack in README");
    let body = &readme[start + "```toml\n".len()..];
    let end = body.find("```").unwrap();
    let pack = veil::rules::compile::compile("README.md", &body[..end])
        .unwrap_or_else(|e| panic!("README example pack is invalid: {e:?}"));
    let (n, failures) = veil::rules::check::run_cases(&pack);
    assert_eq!(n, 2);
    assert!(failures.is_empty(), "{failures:?}");
}

#[test]
fn the_quick_start_inputs_exist() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    for word in readme.split_whitespace() {
        if let Some(path) = word
            .strip_prefix("tests/golden/")
            .filter(|p| p.contains('.'))
        {
            let path = path.trim_end_matches(['`', ',', ')']);
            assert!(
                common::root().join("tests/golden").join(path).exists(),
                "README names missing tests/golden/{path}"
            );
        }
    }
}
