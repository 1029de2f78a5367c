#!/usr/bin/env python3
"""Produce lines to a Kafka topic, or consume a topic to stdout, for trying veil by hand.

usage:
  scripts/kafka.py produce BROKER TOPIC < lines.txt     # one record per line
  scripts/kafka.py consume BROKER TOPIC [--count N] [--timeout S]

It needs Python's confluent-kafka (`pip install confluent-kafka`), which bundles a current
librdkafka: Debian's kcat is built on librdkafka 2.0.2, which fails the ApiVersion handshake
with tansu. Works with tansu and Apache Kafka alike. `consume` reads from the beginning with
a throw-away group and stops after --count records or --timeout seconds without one.
"""
import argparse
import sys
import uuid

try:
    from confluent_kafka import Consumer, Producer
except ImportError:
    sys.exit("scripts/kafka.py needs confluent-kafka: pip install confluent-kafka")


def produce(broker, topic):
    p = Producer({"bootstrap.servers": broker, "enable.idempotence": True})
    failed = []

    def report(err, _msg):
        if err is not None:
            failed.append(err)

    n = 0
    for line in sys.stdin.buffer:
        p.produce(topic, line.rstrip(b"\r\n"), on_delivery=report)
        p.poll(0)
        n += 1
    left = p.flush(30)
    if left:
        sys.exit(f"{left} of {n} records not delivered within 30 s: is the broker at {broker}?")
    if failed:
        sys.exit(f"{len(failed)} of {n} records not delivered: {failed[0]}")
    print(f"produced {n} records to {topic}", file=sys.stderr)


def consume(broker, topic, count, timeout):
    c = Consumer({
        "bootstrap.servers": broker,
        "group.id": f"kafka-py-{uuid.uuid4()}",
        "auto.offset.reset": "earliest",
        "enable.auto.commit": False,
    })
    c.subscribe([topic])
    n = 0
    out = sys.stdout.buffer
    try:
        while count is None or n < count:
            msg = c.poll(timeout)
            if msg is None:
                break
            if msg.error():
                sys.exit(f"consume: {msg.error()}")
            try:
                out.write((msg.value() or b"") + b"\n")
            except BrokenPipeError:  # `| head`
                break
            n += 1
    finally:
        c.close()
    print(f"consumed {n} records from {topic}", file=sys.stderr)


ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("action", choices=["produce", "consume"])
ap.add_argument("broker")
ap.add_argument("topic")
ap.add_argument("--count", type=int, default=None)
ap.add_argument("--timeout", type=float, default=10.0)
a = ap.parse_args()
if a.action == "produce":
    produce(a.broker, a.topic)
else:
    consume(a.broker, a.topic, a.count, a.timeout)
