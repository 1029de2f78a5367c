#!/usr/bin/env python3
"""Generate data/names.txt, the name gazetteer behind the `person-name` detector.

usage: scripts/gen_names.py [--out data/names.txt] [--faker-js DIR]
needs: pip install faker==40.63.0 mimesis==22.2.0   (both MIT licensed)
       npm install --no-save --prefix target/gen-names @faker-js/faker@10.6.0   (MIT)
       node (any current release) on PATH, to read the npm package

Sources (each bundles its lists as data files inside the package):
- Faker (https://github.com/joke2k/faker, MIT): the first and last names of
  every person-name locale (`faker/providers/person/*`), romanised forms for
  Chinese and Japanese, and the common words of its `en_US`, `ar_AA` and `fa_IR` lorem providers;
  country names (en, sv) and US state names from its address providers.
- mimesis (https://github.com/lk-geimfari/mimesis, MIT): given names of
  every locale and surnames of the locales Faker lists briefly
  (`mimesis/datasets/*/person.json`).
- @faker-js/faker (https://github.com/faker-js/faker, MIT), whose locales
  differ from Faker's: the first, middle and last names of every locale
  (new ones mostly Italian, Czech, German, Turkish, Macedonian, Serbian,
  Croatian, Kurdish Sorani and Kurmanji, Indian, Uzbek, Polish, Latvian,
  Persian, Romanian, French, Senegalese, Vietnamese, Ukrainian, Nigerian), and
  its English word lists, which mark the given names only it has that are
  English words as common words.
- Latin spellings, made here, of the Russian, Ukrainian and Greek names of all
  sources (`Дмитрий` Dmitriy, Dmitry, Dmitrii; `Андрій` Andriy, Andrii;
  `Παπαδόπουλος` Papadopoulos) and of the Korean given names in Hangul (`서연`
  Seoyeon, Seo-yeon; `승훈` Seunghun, Seung-hoon).
- A short supplement written for veil (this file, Apache-2.0 like the rest of
  the repository): common Somali, Turkish, Nigerian, Bosnian/Serbian/Croatian,
  Latin-script Arabic and Persian names, romanised East Asian names, and log,
  product, place and telephony vocabulary that neither package has.

Only names in the Latin, Greek, Cyrillic and Arabic scripts are kept: those
are the ones the detector can find (a cased script, or Arabic, where context
decides). Every entry is lower-cased (Unicode full lowercase, then U+0307
removed so Turkish İ matches i) and NFC; Latin names also get a copy without
diacritics (`Åberg` -> `aberg`), since logs often lose them.

The output has four sections, one entry per line:
  [given]         given names
  [surname]       family names
  [family-first]  family names written before the given name (Vietnamese,
                  Chinese, Korean, Japanese, Hungarian)
  [common]        words that are not names in log text, and names that are
                  also such words (`will`, `mark`, `sofia` the city): a
                  given name that is also a common word is weak evidence
"""
import argparse, importlib, json, os, sys, unicodedata

# --- the supplement -----------------------------------------------------------
SOMALI_GIVEN = """
abdi abdiaziz abdifatah abdikarim abdillahi abdinasir abdiqani abdirahman abdirashid abdirizak
abdisalam abdiwali abdullahi aden ahmed ali amina asad awale ayaan ayan bashir deeqa degan
faadumo faarax fadumo farah farhan farxiyo faysal filsan fowsiya guled hamdi hawa hibaaq hibo
hodan hussein idil ifrah ikraan ilhaan ilhan istahil jama kaltuun kaltun khadar khadra ladan
liibaan liban maryan muna mustafe naima nasra nimco qamar ruqiya sabirin safiya sagal sahra
salaad samatar shamso shukri siciid sucaad ubah warsame xaliimo xasan xuseen yasmin yusra
cabdi cabdullaahi cabdiraxmaan cabdiqaadir cali cumar cismaan maxamed maxamuud axmed yuusuf
ibraahim ismaaciil caasha cawo muxumed mukhtaar abshir anab barwaaqo canab dahir duniya
hamse hanad ilyas keyse mahad najma nuur osman qadar ridwan saciid sharmaarke timiro
"""
SOMALI_SURNAME = """
abdi aden ahmed awale barre dahir diriye egal elmi farah gedi guled hassan hersi ibrahim
ismail jama jibril mohamud mohamed muse nur omar osman samatar shire warsame yusuf
"""
ARABIC_LATIN_GIVEN = """
abbas abdallah abdel abdelaziz abdelkader abdellah abdelrahman abdou abdul abdulaziz abdullah
abdulrahman abu adel adnan ahmad ahmed aisha aicha akram ali alia amal amin amina amir amira
ammar anas anwar asma ayman aya ayoub aziz basma bassam bilal dalia dina ehab fadi fadia fahad
faisal farah fares farid fatima fatma fatme fouad ghada ghassan habib hadi hadil hafsa haitham
hala hamid hamza hana hanan hani haroun hasan hassan hatem haya hazem heba hesham hiba hind
hisham hoda hossam houda hussam hussein ibrahim ihab imad iman imane ismail issa jalal jamal
jamil jana jasmine jawad kamal karim karima khadija khaled khalid khalil laila lama lamia
layla leila lina loubna lubna madiha mahmoud majid malak malik manal mansour marwa marwan
maryam mazen medhat mohamad mohamed mohammad mohammed mona mostafa mounir mourad muhammad
munir mustafa nabil nada nadia nadine nadir naima najib nasser nawal nizar noor nour noura
nur omar osama othman qasim rabia rachid rahma rami rana rania rashid rasha reem rima rim
riyad saad sabah sabri safa said saleh salem salim salma samer sami samia samir samira sana
sara sawsan shadi sherif siham sohail soha suha suleiman sultan tarek tareq tariq wael walid
wafa wissam yahya yara yasmin yasmina yassin yassine yazan yousef youssef yusuf zaid zainab
zakaria zayd zeinab ziad zineb
"""
ARABIC_LATIN_SURNAME = """
abbas abdallah abdelaziz abdullah ahmad ahmed alami amrani aziz bakr benali bennani chaouki
darwish el-amin el-amrani el-hassan farouk ghanem habib haddad hakim hamdan hamdi hassan
hussein ibrahim ismail jaber jabbar kassem khalil khoury mahmoud mansour masri mousa mustafa
najjar nasser obeid omar qasim rahman saleh salem sayed shaheen suleiman tahan yassin youssef
zaki zayed
"""
PERSIAN_LATIN_GIVEN = """
afshin ali arash arezoo armin ashkan atefeh azadeh babak bahar bahareh bahman behnam behrouz
behzad bijan dariush darius ehsan elham farhad farid farnaz farzaneh fatemeh firouzeh golnaz
hamed hamid hossein iman kamran kaveh kian kiana kourosh leila mahnaz mahsa mahmoud majid
maryam masoud mehdi mehran mehrdad mina mitra mohammad mojtaba morteza nasrin navid neda
niloufar nima omid parisa parviz payam pedram pegah reza roya saeed saman samira sanaz
shahram shirin siamak sima soheil soraya taraneh vahid yasaman zahra
"""
PERSIAN_LATIN_SURNAME = """
ahmadi akbari alavi amini ansari azizi bagheri ebrahimi esfahani farahani ghasemi hashemi
hosseini jafari karimi kazemi khani mahmoudi mirzaei mohammadi moradi mousavi najafi
nazari rahimi rezaei sadeghi salehi shirazi tehrani yazdani zadeh zamani
"""
TURKISH_GIVEN = """
ahmet ali ayşe aysel aylin ayten bahar barış berk burak burcu büşra can cansu cem cemal
cengiz derya deniz ebru ece elif emel emine emre engin esra fatih fatma ferhat gamze gizem
gökhan gül gülsüm hakan halil hande hasan hatice hülya hüseyin ibrahim ilker ismail kemal
kerem levent mahmut melek meltem merve mert mehmet murat mustafa nazlı nermin nur nurcan
oğuz onur orhan osman ozan özge özlem ramazan recep selin serkan sevgi sibel songül
süleyman şerife şule tuba tuğba tülay ufuk umut volkan yasemin yusuf zehra zeynep
"""
TURKISH_SURNAME = """
acar akın aksoy aktaş arslan aslan avcı aydın aydoğan bulut çakır çelik çetin doğan
erdoğan eren erol güler güneş işık kaplan kara karaca kaya keskin kılıç koç korkmaz kurt
özcan özdemir özer özkan öztürk polat sarı şahin şen şimşek tekin turan uçar ünal yalçın
yaman yavuz yıldırım yıldız yılmaz yüksel
"""
NIGERIAN_GIVEN = """
abiodun abimbola adaeze adebayo adebola adekunle ademola adenike adesuwa adewale
adeyemi akinola amaka ayodele ayomide babajide bolaji bukola chiamaka chidi chidinma
chiemeka chinedu chinonso chioma chisom chukwudi chukwuemeka damilola ebuka efosa ejiro
ekene emeka enitan folake folasade funke funmilayo ifeoma ikenna kayode kelechi kemi
kunle lanre nkechi nnamdi obinna ogechi olamide olanrewaju olawale olayinka olufemi
olumide oluwadamilare oluwafemi oluwakemi oluwaseun oluwatobi onyeka segun seun
temitope titilayo tobi tunde uchenna uzoma yemisi yetunde
"""
NIGERIAN_SURNAME = """
abiodun adebayo adeleke adeyemi afolabi ajayi akande akinola alabi babatunde balogun
bello chukwu danjuma eze ezeh igwe nwachukwu nwankwo nwosu obi odunsi ogunleye
okafor okeke okonkwo okoro olaniyan olawale onyekachi oyelaran umeh usman
"""
BALKAN_GIVEN = """
adnan ajla aleksandar almir amela amir amra anela armin azra dalibor damir danijela
dejan dragan dragana dženan dženana edin elma emir emina emina enis haris irma ivana
jasmin jasmina jelena jovan jovana kenan lejla marko marija milan milica miloš mirela
mirjana mirza nenad nermin nikola predrag sanela sanja selma senad snežana srđan tanja
vesna zlatan zoran željko
"""
BALKAN_SURNAME = """
babić begić bešić delić đorđević dizdarević hadžić hodžić hasanović husić ibrahimović
ilić jovanović kovačević marić marković mehmedović mujić nikolić omerović pavlović
petrović popović salihović stojanović šehić terzić todorović vuković zukić
"""
# Sámi names (North, Lule and South Sámi spellings as people write them in
# Sweden, Norway and Finland), which none of the packages lists.
SAMI_GIVEN = """
áilu ánde ándaras ánne ánte áslat ásllat biret gáddja heaika issát jovnna joret lásse
máhtte mággá máret mihkkal niillas ovllá ravdna risten sámmol sunná
"""
SAMI_SURNAME = """
aikio balto buljo gaup guttorm hætta kitok kuhmunen kuoljok labba länta marainen nutti
oskal partapuoli pirak sikku somby utsi valkeapää
"""
# Kurdish names (Kurmanji and Sorani in Latin script) that the Kurdish
# locales of @faker-js/faker lack.
KURDISH_GIVEN = """
shilan rêbaz nazdar
azad berzan rêzan soran dilan hewa karwan rebwar shwan hêmin aram baran rojin ronahî zîlan
evîn jînda awat bêrîvan dilşad goran hejar kawa kamaran nêçîrvan perwîn rizgar şêrko sherko
zagros delal nêrgiz jiyan rojhat sarbast şêrwan bahoz kurdo
"""
KURDISH_SURNAME = """
amedi zebari barzani qaradaghi
barzanî zêbarî hewramî hawrami talabanî soranî mukriyanî berwarî doskî goranî baksi kurdo
"""
# Given names and surnames of Iraq, Syria and Iran as Swedish registers spell
# them, which the lists above lack (Shia given names, Persian epic names).
MIDEAST_GIVEN = """
haidar haider hayder yousif muntadhar murtadha mortada sajjad karrar hasanain hussain zahraa
hawraa baqir kadhim bahram kiarash keyvan shervin ramin sepideh shabnam laleh setareh ladan
nasim jamshid fereydoun siavash sohrab rostam mehrnaz tahmineh golnar afsaneh anahita
parvaneh
"""
MIDEAST_SURNAME = """
bakri nassar qassem saadeh awad shalabi barakat sabbagh zoabi
nasrallah al-musawi musawi al-tamimi tamimi al-jaburi jaburi al-rashid al-saadi saadi
al-obaidi obaidi al-kubaisi kubaisi al-hakim
"""
# Eritrean and Ethiopian names (Tigrinya and Amharic) in Latin letters; the
# surname is the father's given name, so both lists hold the same words.
HORN_GIVEN = """
mehari tesfay senait yonas filmon semhar luwam meron abrehet tsega yohannes kidane
tekle haile berhane asmerom tesfamariam woldemichael gebremedhin ghebreyesus habtom
"""
# Names added in round 8 (hand-added, Apache-2.0 like this file), each
# culture's given names from its public name statistics or naming
# conventions, for names no package above lists:
# - Norwegian and Swedish given names of older generations (SSB's and
#   SCB's name statistics list them: Torunn, Ingvor, Torstein, Sigbritt).
NORDIC_GIVEN = """
torunn ingvor torstein sigbritt gudmund torgeir tordis sölve torvald sigvald kjellaug
gunnvor ingvald torleif ragnvald sigurd torbjørn aslaug ingebjørg gudveig solveig torill
"""
# - Somali given names in Somali orthography (`x` for ħ, `c` for ʕ, long
#   vowels doubled: Bashiir, Cabdulaahi, Xamse); a Somali's second and
#   third names are the father's and grandfather's given names, so they
#   are surnames too.
SOMALI_MORE = """
bashiir mursal guuleed cabdulaahi xamse cawil cabdirisaaq cabdiwali cabdifataax xirsi nuura
ubax deeqo sacdiya daahir siraad cilmi ciise xamdi sucdi muuse saynab khadiijo cabdikariin
xaawo halimo faadumo maxamuud cabdiraxmaan xuseen
"""
# - Kurdish (Kurmanji) given names with `ê î û ç ş`, and surnames made of
#   a place or tribe with `-î` (Amedî, Botanî), as Swedish registers keep
#   them.
KURDISH_MORE_GIVEN = """
rêber reber şêxmûs xelîl ciwan nûrê şivan êzîdxan lawin hêvîn dîyar zinar bêwar
"""
KURDISH_MORE_SURNAME = """
amedî botanî şêxmûs xelîl bradostî zaxoyî duhokî mizûrî sindî hesenî
"""
# - Tamil, Telugu and Kannada names: a South Indian's second name is often
#   the father's given name (Raghunathan Priyanka, Priyanka Venkataraman),
#   so the patronymics are given names and surnames both; and Bengali given
#   names.
SOUTH_ASIAN_GIVEN = """
rajesh raghunathan venkatesh srinivasan subramanian karthikeyan balaji vignesh saravanan
murugan senthil kumaravel lakshmanan padmavathi revathi sangeetha nagarajan ramanathan
venkataraman krishnamurthy sourav debashis subhajit anirban sudipta moumita tanusree
rituparna suchitra partha abhijit sreya sayantani debolina
"""
SOUTH_ASIAN_SURNAME = """
raghunathan venkatesh srinivasan subramanian karthikeyan balaji saravanan murugan
lakshmanan nagarajan ramanathan venkataraman krishnamurthy chatterjee banerjee mukherjee
bhattacharya chakraborty ganguly deshpande kulkarni iyengar pillai nair menon reddy naidu
"""
# - Filipino given names (Tagalog and Visayan coinages: Jericho, Jhoanna,
#   Marivic) and Tagalog surnames (Pangilinan, Macaraeg, Manalo), and Sámi
#   names more (Ristin, Sáve).
FILIPINO_GIVEN = """
jericho jhoanna marivic rodel analyn rommel maricris jonalyn jessa rhodora arvin jerwin
rodelio jovelyn ristin
"""
FILIPINO_SURNAME = """
pangilinan macaraeg manalo dizon manalastas sison dimaculangan macapagal lacson cayabyab
malabanan magbanua panganiban sáve
"""
# - Amharic and Tigrinya given names more (the surname is the father's).
HORN_MORE = """
tesfaye mekonnen tsegaye abebe alemayehu selamawit tigist meseret
"""
# Lithuanian given names and surnames, with the married (-ienė) and
# unmarried (-aitė, -ytė) women's forms.
LITHUANIAN_GIVEN = """
žydrūnas mindaugas darius tomas lukas jonas vytautas rimantas gintaras algirdas saulius
rūta eglė jurgita aušra vilma ieva gintarė agnė inga laima
"""
LITHUANIAN_SURNAME = """
kazlauskas petrauskas jankauskas stankevičius vasiliauskas žukauskas butkus paulauskas
kazlauskienė petrauskienė jankauskienė stankevičienė vasiliauskienė
kazlauskaitė petrauskaitė jankauskaitė butkutė paulauskaitė
"""
# Names added in round 10 (hand-added, Apache-2.0 like this file): the
# given names and surnames that a coverage check of the list on samples of
# sixteen cultures found missing (README, "The name list"): Afghan (Pashto
# and Dari) tribal and family names (-zai, -i), which the packages lack
# almost entirely; Eritrean and Ethiopian fathers' names used as surnames;
# Kurdish, Somali, Persian, Punjabi and Bengali names, and Chinese Meiling
# written as one word.
ROUND10_GIVEN = """
wahid freshta nargis rahmatullah zarghuna hagos merhawi avesta nariman hewar nasteexo guleed
negar behnaz vikram harpreet gurpreet meiling
"""
ROUND10_SURNAME = """
ahmadzai popal stanikzai wardak karzai noori sultani hakimi amiri haidari durrani
ghebremariam habte negash abraha gebreyesus qadir rasul karim baban cismaan jaamac nowruzi
mehta hossain begović żółkiewska chmielewska päiviö ouédraogo
"""
# Names added in round 11 (hand-added, Apache-2.0 like this file): given
# names of four cultures that logs of the ninth open split wrote and the
# list lacked while it held their neighbours: Dutch Marloes (the list has
# its neighbours Marleen and Marlies), Levantine Arabic
# Bassel (only the one-s Basel was in), Kurdish (Sorani and Kurmanji)
# Rêbîn, folded to Rebin too, and Northern Sámi Iŋgá (its ŋ spelling, Inga
# was in); the Kurdish surname Silêmanî (of Silêmanî, Sulaymaniyah), whose
# neighbours Barzanî, Botanî and Amedî are in. (Not the Lebanese surname
# Saab: the car and defence company's name is a word of logs.)
ROUND11_GIVEN = """
marloes bassel rêbîn iŋgá
"""
ROUND11_SURNAME = """
silêmanî
"""
# Persian and Kurdish given names and family names that a Persian or Sorani
# speaker would list among the commonest of their generation (Iran's civil
# registration name reports; Sorani given names in Latin spelling) and that
# the lists above lack.
ROUND14_GIVEN = """
narges mahtab mahboubeh marzieh masoumeh fereshteh forough shahla shiva soudabeh elnaz hanieh
kimia mahdieh maede mahya mobina niloofar nazanin parastoo pouneh samaneh yalda amirhossein
amirali aref arsalan bardia behrad davood dawood farshad farzad faramarz ghasem hesam hooman
houman iraj javad kamyar koorosh masih milad pouya shahin soroush dilshad jwan nishtiman
sozan zhilwan zhiyan shvan lujain ruba
"""
ROUND14_SURNAME = """
rostami heidari heydari asadi ghorbani kiani sharifi abbasi bahrami jalali hosseinzadeh
moghaddam kamali bakhtiari shahbazi naderi sadri tabrizi kermani rashidi rezvani hashemian
khosravi nikzad pakzad daneshvar bamarni shwani
"""
# Given names and surnames of the cultures the rounds before found
# missing: Norwegian and Icelandic given names, Yoruba and Igbo, Thai,
# Bangladeshi, Javanese and Indonesian, Georgian and Nahuatl given names,
# and Bangladeshi and Georgian surnames, the commonest a speaker would list.
ROUND17_GIVEN = """
ingvild håvard eivind eyvind sindre vegard ragnhild sigrun hjørdis eldbjørg synnøve sunniva
oddny oddvar oddbjørn audun asbjørn bjørnar ketil kjetil øystein ørjan halvard halvor steinar
ståle torodd eyþór hjördís ragnheiður sigríður þórunn guðrún guðmundur þórður
babatunde obiora adewumi adetokunbo oluwatoyin oluwaseyi olusegun temilola tolulope yewande
abosede adunni aderonke folarin gbenga jumoke kehinde taiwo ngozi nneka obioma chukwuma
chinwe chinyere ugochukwu uchechi chibuzo ifeanyi ikechukwu oluchi adaobi chiamaka
somchai somsak thanawat thanakorn supachai prasert siriporn pimchanok nattapong wichai
chaiwat apinya sunisa kittipong narong pornthip sakchai wanida arthit kanokwan nattaya
rafiq shakil tanvir sabbir mahmudul nusrat tahmina farhana sharmin jannatul taslima rumana
shapla sumon shuvo rasel sohel mamun masud monir mitu
bambang sutrisno wahyu hendra rizky fitri indah yanti wawan dedi budi joko
giorgi davit levan irakli nikoloz zurab lasha tamuna ketevan natia tornike gvantsa khatia
tinatin otar shota
yolotl xochitl citlali citlalli tonatiuh nayeli yaretzi meztli zyanya xiomara anahi
"""
ROUND17_SURNAME = """
chowdhury hossain talukder bhuiyan sarker mondal akter khatun
beridze kapanadze gelashvili maisuradze giorgadze lomidze tsiklauri bolkvadze nozadze
chkheidze japaridze
"""
# Akan day names (Ghana), given to a child after the weekday of birth.
AKAN_GIVEN = """
kwame kofi kwabena kwaku yaw kojo kwasi kwadwo akosua adwoa abena akua yaa afua efua ama
esi adjoa
"""
# Chinese given names in pinyin (two syllables written as one word) that
# stand alone in device and account names (`Yuxuan-LT`): the commonest of
# the Ministry of Public Security's 2019-2023 name reports.
PINYIN_GIVEN = """
shuang yuxuan jiahui lijuan haoran zihan yutong xinyi yichen zimo ruoxi mingyu haoyu
yuhang zixuan siyu xinyu jiaqi jiayi yuting xiuying xiulan guiying guilan yulan yuying
"""
# Words that the lists above carry as names by mistake (`The`, `Add`): taken
# out of the name lists, kept as common words.
NOT_NAMES = """
the a of and or nor not is are was were be been being has have had does did it its this
that these those there here if then than but yes all any some got get gets set put ran
saw use used via each every one two three four first last next more most less least up
down out off over under into onto upon about after before again once add unique hello
och på av till från med för som är var har den det de en ett inte nu eller om men så
vid ur utan efter innan alla inga ingen någon några
unknown anonymous unavailable restricted private none null okänd anonym
"""
# Romanised surnames of cultures that write the family name first.
FAMILY_FIRST = """
nguyen nguyễn tran trần le lê pham phạm hoang hoàng huynh huỳnh phan vu vũ vo võ dang đặng
bui bùi do đỗ ho hồ ngo ngô duong dương ly lý truong trương dinh đinh doan đoàn lam lâm
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng
liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
cheng wei su lu ding ren shen yao qian fu zhong
kim lee park choi jung jeong kang cho yoon yun jang lim han shin seo kwon hwang ahn an song
ryu yoo hong jeon ko moon yang son bae baek heo nam
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada
sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto
nagy kovács kovacs tóth toth szabó szabo horváth horvath varga kiss molnár molnar németh
nemeth farkas balogh papp takács takacs juhász juhasz lakatos mészáros meszaros oláh olah
simon rácz racz fekete
"""
# Given names of those cultures in romanised form (Faker lists them in their
# own scripts only, or not at all).
FAMILY_FIRST_GIVEN = """
wei fang jing min lei jun yan hui ying hong ping jie tao hao xin yu qiang yong jian ming
li na xiu lan mei chen hua feng bo
jianguo jianhua jianjun jianping guoqiang guoliang zhiqiang zhiwei zhiyong xiaoming
xiaohong xiaoyan haiyan hongmei lijun junjie weidong wenjun
minjun seojun jiho jiwoo seoyeon jiyeon minji soyeon hyun sung young jin ji
hiroshi takashi kenji yuki yuko akira haruto sakura hana yui aoi ren kenta daiki
anh bao binh chau chi cuong dung duc duy giang ha hai hanh hieu hoa hung huong huy khanh
khoa lan linh loan long mai minh my nam nga ngoc nhung phong phuong quan quang quynh son
tam thanh thao thi thu thuy tien trang trinh trung tuan tung uyen van viet vy xuan yen
"""
# Capitalised words that log and telephony text uses but that are no one's
# name: the things a display name, a product, a place or a title-cased
# message can be. Swedish and English.
# (Its first line: words of localised Windows security events and
# access-control messages in Turkish, Swedish, German, Norwegian, Finnish,
# Polish and Spanish that the name lists hold: `Kaynak Ağ Adresi` is
# "Source Network Address", `Alt Durum` "Sub Status", `kort` a card. Its
# second: Swedish public-sector systems (Ciceron, Platina, Primula, Alvis)
# and the code names servers and projects take (Orion, Atlas, Apollo).)
LOG_WORDS = """
kaynak alt bir kart hata dörr kort grund feil kunde lukija grupa puerta
ciceron platina primula alvis orion atlas apollo juno
access account accounts active admin administrator administrators agent alarm alert
alerts allow allowed analytics anonymous answered api app application apple approved
archive assistant auth authentication authorization auto available backup bad balance
bank basic batch billing blocked board booking branch bridge browser budget build
business busy cache calendar call callback called caller calls camera campus canceled
cancelled card center central centre certificate change channel chat check chrome
cisco city classic clean client clock cloud cluster code collect collection complete
completed conference config configuration connect connected connection console contact
contacts content control core corporate corporation count credit critical customer
customers daemon data database debug default delete deleted delivery denied department
deploy desk desktop device devices dial direct directory disabled disk display domain
door download drive driver east edge edition email emergency employee enabled end
engine enterprise entrance error errors event events exchange exit expired explorer
export external failed failure fax file files filter finance firewall firefox floor
folder forward found free front gate gateway global google grant granted group groups
guest guests hall hardware health help helpdesk high home host hosting hotel hr hub
identity image import inbound incoming info information internal internet invalid
invoice kernel kitchen lab lan laptop level license limit line link linux list local
locked log login logon logout lobby low mail main maintenance manager manual market
marketing master max media meeting member members message messages microsoft min
mobile mode modem module monitor network new next node north notice null office
offline online open operations operator oracle order outbound outgoing outlook owner
page panel partner password payment pending phone platform policy pool port portal
power premium primary print printer priority private process product production
profile project protocol proxy public queue ready receiver reception record recording
region registered registration remote report request reset resource restricted result
retry ring ringing role room root route router rule sales scan schedule secure security
sent server servers service services session settings setup shared shop site smart
software south staff standard start started status stop storage store studio success
supervisor support switch sync system systems task team teams technical technician
telecom terminal test text ticket time token total traffic transfer trial trunk trusted
unknown update upload user users valid vendor version video view virtual visitor
voice voicemail vpn wan warehouse warning web west windows wireless work workstation
zone
aktiv användare ansvarig arkiv avdelning avbruten besökare bokning butik ekonomi entré
fel felaktig grupp hemma huvudkontor inkommande inloggning kassa konto kontor kund
kunder kundservice kundtjänst kök lager ledning logg meddelande mottagning nummer
okänd personal reception samtal servicedesk skrivare support system tekniker telefon
utgående varning verkstad växel ärende
aktiebolag ab inc ltd llc gmbh corp co plc oy as asa aps sa nv bv kg group holding
holdings solutions technologies networks labs international
mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june
july august september october november december
måndag tisdag onsdag torsdag fredag lördag söndag januari februari mars juni juli
augusti oktober
mr mrs ms miss dr prof sir madam herr fru
will mark grant bill max frank rose may june april august hope joy faith grace chase
hunter drew dawn ray art guy jack pat sue rob nick chip rich dean earl duke king prince
major sterling mason page lane glen cliff dale brook summer autumn winter sky storm
river ivy holly lily daisy violet pearl amber jade ginger candy penny misty sandy rusty
buck chuck don bob carol christian faith honor justice liberty patience trinity destiny
harmony melody royal reign legend saint angel baby marshall cash chance gray grey
carter cooper archer baker fisher miller porter ranger walker long son
per bo björn dag inga hans sten stig gun tor ask sol maj lo ros vide
a an the of in on at to by for from with and or nor not is are was were be been being
has have had do does did done it its this that these those there here as if then than
but so no yes all any some new old got get gets set put run ran see saw use used via
each every one two three four five six seven eight nine ten first last next more most
less least up down out off over under into onto upon about after before again once
och i på av till från med för som är var har den det de en ett inte nu ny nya nytt
eller om men så vid ur utan efter innan alla inga ingen någon några hej tack
alexa siri cortana ruby julia crystal pascal victoria cassandra ada jenkins hudson
maven django ubuntu fedora debian mint kali alpine java python perl php node swift
kotlin scala mysql postgres redis kafka nginx apache tomcat jetty docker kubernetes
ansible puppet chef salt vagrant terraform gitlab github jira confluence slack zoom
skype webex sharepoint onedrive azure aws amazon gmail android ios iphone ipad macos
safari opera vivaldi brave samsung huawei nokia motorola sony lenovo asus acer intel
amd nvidia juniper fortinet fortigate palo alto checkpoint sophos mcafee norton avast
kaspersky symantec crowdstrike okta duo yealink snom polycom grandstream avaya mitel
asterisk freeswitch kamailio opensips freepbx mozilla netscape edge rust go cargo
git travis lua tansu
stockholm göteborg malmö uppsala västerås örebro linköping helsingborg jönköping norrköping
lund umeå gävle borås eskilstuna södertälje karlstad täby växjö halmstad sundsvall luleå
oslo helsinki copenhagen köpenhamn london paris berlin madrid rome roma milan milano
florence vienna prague warsaw sofia athens ankara istanbul dubai cairo riyadh tehran
kabul delhi mumbai beijing shanghai tokyo seoul sydney melbourne adelaide toronto
vancouver chicago boston austin dallas houston denver phoenix jackson madison charlotte
lincoln orlando savannah aurora york jersey georgia virginia carolina santiago lima
valencia alexandria regina helena nancy lyon chelsea brooklyn dakota montana nevada
"""

# --- helpers ------------------------------------------------------------------
def script_ok(s):
    """Latin, Greek, Cyrillic or Arabic letters (with marks), plus ' - and ’."""
    for ch in s:
        if ch in "-'’ ":
            continue
        cp = ord(ch)
        cat = unicodedata.category(ch)
        if cat.startswith("M"):
            continue
        if not cat.startswith("L"):
            return False
        if not (cp < 0x2B0 or 0x1E00 <= cp <= 0x1EFF or 0x370 <= cp <= 0x52F
                or 0x600 <= cp <= 0x6FF or 0x750 <= cp <= 0x77F or 0xFB50 <= cp <= 0xFDFF):
            return False
    return True

def norm(s):
    s = unicodedata.normalize("NFC", s.strip().replace("’", "'"))
    return unicodedata.normalize("NFC", s.lower().replace("\u0307", ""))

FOLD = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d",
                      "þ": "th", "ı": "i", "ħ": "h", "ŀ": "l"})

def fold(s):
    """The same name without diacritics, for Latin-script names only."""
    if any(0x370 <= ord(c) for c in s if c.isalpha() and not (0x1E00 <= ord(c) <= 0x1EFF)):
        return None
    d = unicodedata.normalize("NFD", s.translate(FOLD))
    d = "".join(c for c in d if not unicodedata.category(c).startswith("M"))
    return d if d != s and d.isascii() else None

PARTICLES = {"van", "von", "de", "der", "den", "del", "della", "di", "da", "dos", "das", "do",
             "du", "la", "le", "af", "al", "el", "bin", "ibn", "bint", "ben", "abu", "ter", "ten",
             "ó", "o", "mac", "mc", "st", "y", "e", "i", "ould", "ap",
             "بن", "ابن", "بنت", "أبو", "ابو", "آل", "عبد"}

def tokens(entry):
    """The single words of a list entry (`María Teresa`, `De Decker`, `بن صالح`)."""
    for t in norm(entry).split():
        t = t.strip("'-")
        if len(t) >= 2 and t not in PARTICLES and script_ok(t):
            yield t

# Names per language of the locales whose names `romanised` writes in Latin
# letters: language -> (given names, surnames), from every source.
BY_LANG = {}

def by_lang(loc):
    lang = loc.replace("-", "_").split("_")[0]
    return BY_LANG.setdefault(lang, (set(), set())) if lang in ROMANISE else (set(), set())

def faker_lists():
    import faker.providers.person as P
    base = os.path.dirname(P.__file__)
    given, sur, fam_first = set(), set(), set()
    for loc in sorted(os.listdir(base)):
        if loc.startswith("_") or not os.path.isdir(os.path.join(base, loc)):
            continue
        prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in dir(prov):
            a = attr.lower()
            if attr.startswith("_") or "name" not in a or "language" in a:
                continue
            if any(x in a for x in ("format", "prefix", "suffix")):
                continue
            v = getattr(prov, attr)
            if not isinstance(v, (list, tuple, dict)):
                continue
            items = [x for x in (v.keys() if isinstance(v, dict) else v) if isinstance(x, str)]
            if any(x in a for x in ("first", "given", "middle")):
                given.update(items)
                by_lang(loc)[0].update(items)
            elif "last" in a or "family" in a:
                sur.update(items)
                by_lang(loc)[1].update(items)
                if loc in ("vi_VN", "zh_CN", "zh_TW", "ko_KR", "ja_JP", "hu_HU"):
                    fam_first.update(items)
    return given, sur, fam_first

# @faker-js/faker (npm, MIT) keeps its locale data in JavaScript modules: node
# reads `person.first_name`, `middle_name` and `last_name` of every locale
# (plain lists, or lists per sex) and prints them as JSON.
FAKER_JS_VERSION = "10.6.0"
FAKER_JS_DUMP = r"""
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
const dir = process.argv[1];
const { allLocales } = await import(pathToFileURL(join(dir, 'dist', 'index.js')).href);
const flat = (v) => Array.isArray(v) ? v.flatMap(flat)
  : (v && typeof v === 'object') ? Object.values(v).flatMap(flat)
  : (typeof v === 'string' ? [v] : []);
const out = {};
for (const [loc, def] of Object.entries(allLocales)) {
  const p = def.person || {};
  out[loc] = { given: [...flat(p.first_name), ...flat(p.middle_name)], last: flat(p.last_name) };
}
// English vocabulary: words, IT and business jargon, colours, animals.
const en = allLocales.en;
const words = flat([en.word, en.hacker.adjective, en.hacker.noun, en.hacker.verb,
  en.hacker.ingverb, en.color.human, en.animal.type, en.company.buzz_adjective,
  en.company.buzz_noun, en.company.buzz_verb, en.company.adjective, en.company.descriptor,
  en.company.noun, en.commerce.department, en.commerce.product_name]);
process.stdout.write(JSON.stringify({ locales: out, words }));
"""

def faker_js_lists(pkg):
    """Given names and surnames of every @faker-js/faker locale in `pkg` (the
    package's folder), and its English vocabulary."""
    import subprocess
    version = json.load(open(os.path.join(pkg, "package.json"), encoding="utf-8"))["version"]
    if version != FAKER_JS_VERSION:
        sys.exit(f"gen_names: @faker-js/faker {version} in {pkg}, want {FAKER_JS_VERSION}")
    out = subprocess.run(["node", "--input-type=module", "-e", FAKER_JS_DUMP, pkg],
                         check=True, capture_output=True, text=True).stdout
    given, sur, fam_first = set(), set(), set()
    dump = json.loads(out)
    for loc, d in sorted(dump["locales"].items()):
        given.update(d["given"])
        sur.update(d["last"])
        by_lang(loc)[0].update(d["given"])
        by_lang(loc)[1].update(d["last"])
        if loc.split("_")[0] in ("vi", "zh", "ko", "ja", "hu"):
            fam_first.update(d["last"])
    words = {t for w in dump["words"] for t in norm(w).split() if script_ok(t) and len(t) >= 2}
    return given, sur, fam_first, words

# Languages whose surnames Faker already lists at length: mimesis's long lists
# for them would double the file for little gain.
MIMESIS_SURNAMES_SKIPPED = {"nl", "it", "fr", "de", "en", "es", "pt", "ja", "ko", "zh", "cs", "sk"}

def mimesis_lists():
    import mimesis
    base = os.path.join(os.path.dirname(mimesis.__file__), "datasets")
    given, sur, fam_first = set(), set(), set()
    def flat(v):
        if isinstance(v, dict):
            for x in v.values():
                yield from flat(x)
        elif isinstance(v, list):
            for x in v:
                yield from flat(x)
        elif isinstance(v, str):
            yield v
    for loc in sorted(os.listdir(base)):
        p = os.path.join(base, loc, "person.json")
        if not os.path.exists(p):
            continue
        d = json.load(open(p, encoding="utf-8"))
        given.update(flat(d.get("names", [])))
        s = set(flat(d.get("surnames", [])))
        by_lang(loc)[0].update(flat(d.get("names", [])))
        by_lang(loc)[1].update(s)
        if loc.split("-")[0] not in MIMESIS_SURNAMES_SKIPPED:
            sur.update(s)
        if loc in ("hu", "ja", "ko", "zh"):
            fam_first.update(s)
    return given, sur, fam_first

# Latin spellings of Russian, Ukrainian and Greek names: logs, passports and
# directories write them in Latin letters, in more than one system (`Дмитрий`
# is Dmitriy, Dmitry, Dmitrii; `Андрій` Andriy, Andrii; `Γεώργιος` Georgios,
# Vasilios). Each letter or letter group has its spellings, the first being
# the most common; a name gets the spelling of first choices and those that
# differ from it in one place.
_RU = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo|e", "ж": "zh",
       "з": "z", "и": "i", "й": "y|i|j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
       "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh|h", "ц": "ts|c",
       "ч": "ch", "ш": "sh", "щ": "shch|sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu|iu|ju",
       "я": "ya|ia|ja", "ий": "iy|y|ii|ij", "ый": "y|iy", "ья": "ya|ia|ja", "ье": "ye|ie|e",
       "кс": "ks|x"}
_UK = {"а": "a", "б": "b", "в": "v", "г": "h|g", "ґ": "g", "д": "d", "е": "e", "є": "ye|ie",
       "ж": "zh", "з": "z", "и": "y|i", "і": "i", "ї": "yi|i", "й": "y|i|j", "к": "k", "л": "l",
       "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
       "х": "kh|h", "ц": "ts|c", "ч": "ch", "ш": "sh", "щ": "shch|sch", "ь": "", "ю": "yu|iu",
       "я": "ya|ia", "'": "", "ій": "iy|ii|ij|y", "ия": "iya|ia", "зг": "zgh|zg"}
_EL = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
       "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x|ks", "ο": "o", "π": "p", "ρ": "r",
       "σ": "s", "ς": "s", "τ": "t", "υ": "y|i", "φ": "f|ph", "χ": "ch|h|kh", "ψ": "ps", "ω": "o",
       "αι": "ai|e", "ει": "ei|i", "οι": "oi|i", "ου": "ou|u", "αυ": "av|af", "ευ": "ev|ef",
       "μπ": "b|mp", "ντ": "nt|d", "γγ": "ng", "γκ": "g|gk|nk", "γι": "gi|yi"}
ROMANISE = {"ru": _RU, "uk": _UK, "el": _EL, "ko": {}}

def romanised(name, table):
    """The Latin spellings of one lower-cased name (without accents for
    Greek), or none if a letter has no rule."""
    s = unicodedata.normalize("NFC", name)
    if table is _EL:
        s = "".join(c for c in unicodedata.normalize("NFD", s)
                    if not unicodedata.category(c).startswith("M"))
    parts, i = [], 0
    while i < len(s):
        for n in (2, 1):
            seg = s[i:i + n]
            if len(seg) == n and seg in table:
                alts = table[seg].split("|")
                # Russian е, ё, я, ю at the start or after a vowel: ye, yo, ya, yu first.
                if table is _RU and seg == "е" and (i == 0 or s[i - 1] in "аеёиоуыэюяьъ"):
                    alts = ["ye", "e"]
                parts.append(alts)
                i += n
                break
        else:
            if s[i] in "-":
                parts.append(["-"])
                i += 1
                continue
            return set()
    out = {"".join(p[0] for p in parts)}
    for k, alts in enumerate(parts):
        for alt in alts[1:]:
            out.add("".join(p[0] for p in parts[:k]) + alt + "".join(p[0] for p in parts[k + 1:]))
    return out

# Korean given names (two syllables in Hangul) in the Revised Romanization and
# the spellings that passports and directories use beside it (`서연` Seoyeon,
# Seo-yeon; `승훈` Seunghun, Seung-hoon; `현` hyeon, hyun; `경` gyeong, kyung).
_KO_INITIAL = ["g|k", "kk", "n", "d", "tt", "r|l", "m", "b|p", "pp", "s", "ss", "", "j", "jj",
               "ch", "k", "t", "p", "h"]
_KO_VOWEL = ["a", "ae", "ya", "yae", "eo|u", "e", "yeo|yu", "ye", "o", "wa", "wae", "oe",
             "yo", "u|oo", "wo", "we", "wi", "yu", "eu|u", "ui|ee|i", "i"]
_KO_FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m",
             "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]

def korean_syllable(ch):
    """The spellings of one Hangul syllable: RR first, then the others."""
    n = ord(ch) - 0xAC00
    if not 0 <= n < 11172:
        return []
    ini, vow, fin = _KO_INITIAL[n // 588].split("|"), _KO_VOWEL[n // 28 % 21].split("|"), _KO_FINAL[n % 28]
    if vow[0] == "yeo" and fin == "ng":
        vow = ["yeo", "you", "yu"]  # 영 yeong, young; 경 gyeong, kyung
    return [i + v + fin for i in ini for v in vow]

def korean_given():
    """Latin spellings of the Korean given names of every source."""
    out = set()
    for e in BY_LANG.get("ko", (set(), set()))[0]:
        e = e.strip()
        if len(e) != 2:
            continue
        a, b = korean_syllable(e[0]), korean_syllable(e[1])
        if not a or not b:
            continue
        for x in a:
            for y in b:
                if len(x + y) >= 4:  # not `Sea`, `Roa`
                    out.add(x + y)
                    out.add(x + "-" + y)
    return out

def romanised_lists():
    """Latin spellings of the Russian, Ukrainian and Greek given names and
    surnames of every source."""
    given, sur = set(), set()
    given |= korean_given()
    for lang, (g, s_) in sorted(BY_LANG.items()):
        if lang == "ko":
            continue
        for src, dst in ((g, given), (s_, sur)):
            for e in src:
                for t in norm(e).split():
                    # Three letters or fewer spell English words (`Rid`, `Lad`, `Tit`)
                    # more often than names; the older lists have the short ones.
                    dst.update(r for r in romanised(t, ROMANISE[lang]) if len(r) >= 4)
    return given, sur

def common_words():
    import faker.providers.lorem.en_US as L
    words = set(L.Provider.word_list)
    # Arabic-script text has no case: its common words keep prose out of names.
    for loc in ("ar_AA", "fa_IR"):
        words.update(importlib.import_module(f"faker.providers.lorem.{loc}").Provider.word_list)
    for loc in ("en_US", "sv_SE"):
        a = importlib.import_module(f"faker.providers.address.{loc}").Provider
        words.update(a.countries)
        words.update(getattr(a, "states", ()))
        words.update(getattr(a, "street_suffixes", ()))
    words.update(LOG_WORDS.split())
    out = set()
    for w in words:
        for t in norm(w).split():
            if script_ok(t) and len(t) >= 2:
                out.add(t)
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data/names.txt")
    ap.add_argument("--faker-js", default="target/gen-names/node_modules/@faker-js/faker",
                    help="the folder of @faker-js/faker " + FAKER_JS_VERSION)
    a = ap.parse_args()
    import faker, mimesis
    fg, fs, ff = faker_lists()
    mg, ms, mf = mimesis_lists()
    jg, js, jf, jwords = faker_js_lists(a.faker_js)
    rg, rs = romanised_lists()
    given = {t for e in fg | mg | jg for t in tokens(e)} | rg
    sur = {t for e in fs | ms | js for t in tokens(e)} | rs
    fam = {t for e in ff | mf | jf for t in tokens(e)}
    given |= set(SOMALI_GIVEN.split()) | set(ARABIC_LATIN_GIVEN.split())
    given |= set(PERSIAN_LATIN_GIVEN.split()) | set(FAMILY_FIRST_GIVEN.split())
    sur |= set(SOMALI_SURNAME.split()) | set(ARABIC_LATIN_SURNAME.split())
    sur |= set(PERSIAN_LATIN_SURNAME.split())
    for g_, s_ in ((TURKISH_GIVEN, TURKISH_SURNAME), (NIGERIAN_GIVEN, NIGERIAN_SURNAME),
                   (BALKAN_GIVEN, BALKAN_SURNAME), (SAMI_GIVEN, SAMI_SURNAME),
                   (KURDISH_GIVEN, KURDISH_SURNAME), (MIDEAST_GIVEN, MIDEAST_SURNAME),
                   (HORN_GIVEN, HORN_GIVEN), (LITHUANIAN_GIVEN, LITHUANIAN_SURNAME),
                   (AKAN_GIVEN, ""), (PINYIN_GIVEN, ""), (NORDIC_GIVEN, ""),
                   (SOMALI_MORE, SOMALI_MORE), (KURDISH_MORE_GIVEN, KURDISH_MORE_SURNAME),
                   (SOUTH_ASIAN_GIVEN, SOUTH_ASIAN_SURNAME), (HORN_MORE, HORN_MORE),
                   (FILIPINO_GIVEN, FILIPINO_SURNAME), (ROUND10_GIVEN, ROUND10_SURNAME),
                   (ROUND11_GIVEN, ROUND11_SURNAME), (ROUND14_GIVEN, ROUND14_SURNAME),
                   (ROUND17_GIVEN, ROUND17_SURNAME)):
        given |= {norm(t) for t in g_.split()}
        sur |= {norm(t) for t in s_.split()}
    fam |= {norm(t) for t in FAMILY_FIRST.split()}
    sur |= fam
    for s in (given, sur, fam):
        s |= {f for t in list(s) if (f := fold(t))}
        s -= set(NOT_NAMES.split())
    common = common_words() | set(NOT_NAMES.split())
    # @faker-js/faker lists given names of many cultures without a look at
    # English: a given name that only it has, or only a romanised spelling,
    # and that is an English word (`Blue`, `Promise`, `Scout`) is a common
    # word too, so it counts only with a surname or a cue. (Names the older
    # sources have keep their standing: `Peter` stays a strong given name.)
    supplement = (SOMALI_GIVEN + ARABIC_LATIN_GIVEN + PERSIAN_LATIN_GIVEN + FAMILY_FIRST_GIVEN
                  + TURKISH_GIVEN + NIGERIAN_GIVEN + BALKAN_GIVEN + SAMI_GIVEN + KURDISH_GIVEN
                  + MIDEAST_GIVEN + HORN_GIVEN + LITHUANIAN_GIVEN + AKAN_GIVEN + PINYIN_GIVEN
                  + NORDIC_GIVEN + SOMALI_MORE + KURDISH_MORE_GIVEN + SOUTH_ASIAN_GIVEN
                  + HORN_MORE + FILIPINO_GIVEN + ROUND10_GIVEN + ROUND11_GIVEN
                  + ROUND14_GIVEN + ROUND17_GIVEN)
    older = {t for e in fg | mg for t in tokens(e)} | {norm(t) for t in supplement.split()}
    older |= {f for t in list(older) if (f := fold(t))}
    common |= (given - older) & (jwords | {f for t in jwords if (f := fold(t))})
    sections = [
        ("given", given), ("surname", sur), ("family-first", fam), ("common", common)]
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# The name gazetteer of the person-name detector: generated by\n")
        f.write("# scripts/gen_names.py, do not edit by hand. Sources: Faker "
                f"{faker.VERSION} (MIT),\n# mimesis {mimesis.__version__} (MIT), @faker-js/faker "
                f"{FAKER_JS_VERSION} (MIT), Latin spellings\n# of their Russian, Ukrainian, Greek "
                "and Korean names, and the script's own\n# supplement (Apache-2.0); see the "
                "README, \"The name list\".\n")
        for name, s in sections:
            f.write(f"[{name}]\n")
            for t in sorted(s):
                f.write(t + "\n")
    for name, s in sections:
        print(f"{name}: {len(s)}", file=sys.stderr)

if __name__ == "__main__":
    main()
