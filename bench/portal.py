"""``python -m bench.portal``: the public register's search at 1,000,000 entries (issue 11).

1. A scratch PostgreSQL database ``enforcement_bench_disclosure``, migrated with the real
   migrations; 1,000,000 register entries of realistic Vietnamese names and addresses (the
   family names in their real proportions, 5 % of entries removed) loaded with COPY, the
   search indexes rebuilt after the load, VACUUM ANALYZE.
2. The real disclosure service (``nameko run``) on a scratch vhost and that database.
3. For each concurrency level, callers (separate processes, one HTTP connection each) search
   ``/api/register?name=...`` for ``--duration`` seconds, cycling through the same searches:
   requests per second and latency percentiles.
4. The same searches straight on the database: ``views.register_page`` (the SQL statements the
   handler runs, through SQLAlchemy, no HTTP, no nameko) and PostgreSQL's own execution time
   of each of those statements (EXPLAIN ANALYZE).
5. ``bench/results/portal.json`` and a table. Everything created is removed at the end.
"""
import argparse
import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta

import requests

from bench import infra
from bench.callers import SPAWN

DB = "enforcement_bench_disclosure"
CONFIG = infra.ROOT / "services" / "disclosure" / "config.yaml"
RESULTS = infra.ROOT / "bench" / "results"
ISSUER, AUDIENCE = "enforcement-identity-bench", "enforcement-platform"

# Family names with roughly their share of the population (Nguyễn about 38 %).
FAMILY = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4),
          ("Phan", 4), ("Vũ", 4), ("Võ", 4), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2),
          ("Ngô", 2), ("Dương", 1), ("Lý", 1)]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Hoàng", "Thu"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương", "Khánh",
         "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm",
         "Thảo", "Thắng", "Trang", "Tuấn", "Vân", "Việt", "Yến", "Giang", "Khoa", "Tùng"]
STREETS = ["Kim Mã", "Láng Hạ", "Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng",
           "Lý Thường Kiệt", "Điện Biên Phủ", "Hùng Vương", "Quang Trung"]
PROVINCES = ["Hà Nội", "TP. Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế",
             "Quảng Ninh", "Nghệ An", "Thanh Hóa", "Đồng Nai", "Bình Dương", "Khánh Hòa",
             "Lâm Đồng", "Đắk Lắk", "Gia Lai", "An Giang", "Cà Mau", "Lào Cai"]
#: The searches, as people type them: full names with or without diacritics, part of a name.
SEARCHES = ["nguyen van an", "Trần Thị Bình", "le hoang nam", "Phạm Minh Tuấn", "vo thi mai",
            "Đặng Quang Khoa", "ho thu trang", "Bùi Ngọc Hải", "duong van tung", "Lý Thị Yến",
            "thi binh", "Hoàng Đức"]
COLUMNS = ("id", "authority", "case_id", "debtor_name", "debtor_name_key", "debtor_address",
           "debtor_address_key", "judgment", "enforcement_decision", "unmet_obligation",
           "reason", "lacking_conditions_decision", "decided_on", "publish_by", "published_on",
           "published_by", "removal_ground", "removal_document", "removal_document_on",
           "remove_by", "removed_on", "removed_by", "created_at")


def say(text):
    print(text, flush=True)


def db_uri():
    return infra.scratch_db_uri().rsplit("/", 1)[0] + "/" + DB


def _rows(count, seed):
    """``count`` entries as COPY text lines; keys folded with the service's own rule."""
    from services.disclosure.rules.register import search_key

    rng = random.Random(seed)
    families = [name for name, weight in FAMILY for _ in range(weight)]
    key = {part: search_key(part) for part in
           families + MIDDLE + GIVEN + STREETS + PROVINCES}
    today = date(2026, 11, 29)
    for n in range(count):
        family, middle, given = rng.choice(families), rng.choice(MIDDLE), rng.choice(GIVEN)
        street, province = rng.choice(STREETS), rng.choice(PROVINCES)
        number = rng.randint(1, 999)
        published = today - timedelta(days=rng.randint(1, 3000))
        removed = published + timedelta(days=rng.randint(10, 300)) if n % 20 == 0 else None
        name = f"{family} {middle} {given}"
        address = f"{number} {street}, {province}"
        row = (str(uuid.UUID(int=rng.getrandbits(128))), f"AUTH-{n % 355:03d}",
               f"case-{n}", name, f"{key[family]} {key[middle]} {key[given]}", address,
               f"{number} {key[street]}, {key[province]}", "Bản án số 1/2024/DS-ST",
               "Quyết định thi hành án số 1/QĐ-THADS",
               f"Trả {rng.randint(1, 900) * 1_000_000:,} đồng".replace(",", "."),
               "Không có tài sản, thu nhập", "1/QĐ-THADS", published.isoformat(),
               (published + timedelta(days=7)).isoformat(), published.isoformat(), "bench",
               "resumption_decision" if removed else None, "2/QĐ-THADS" if removed else None,
               removed.isoformat() if removed else None, removed.isoformat() if removed else None,
               removed.isoformat() if removed else None, "bench" if removed else None,
               "2026-11-29T00:00:00+00:00")
        words = [key[family], key[middle], key[given]]
        removed_on = removed.isoformat() if removed else r"\N"
        suffixes = "".join(f"{row[0]}\t{' '.join(words[i:])}\t{published.isoformat()}\t"
                           f"{removed_on}\t{name}\n" for i in range(3))
        yield "\t".join(r"\N" if v is None else v for v in row) + "\n", suffixes


def load(entries):
    """Create, migrate and fill the scratch database; returns the seconds each step took."""
    import psycopg2

    from shared.migrate import upgrade

    admin = psycopg2.connect(infra.PG_ADMIN_URI)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)")
        cur.execute(f"CREATE DATABASE {DB}")
    admin.close()
    upgrade("disclosure", db_uri())
    conn = psycopg2.connect(db_uri().replace("postgresql+psycopg2", "postgresql"))
    timings = {}
    with conn, conn.cursor() as cur:
        # The search indexes are built once after the load, not row by row during it.
        rebuilt = ("ix_register_entry_address_trgm", "ix_register_name_suffix_suffix")
        cur.execute("SELECT indexdef FROM pg_indexes WHERE indexname IN %s", (rebuilt,))
        indexes = [row[0] for row in cur.fetchall()]
        cur.execute(f"DROP INDEX {', '.join(rebuilt)}")
        started, batch = time.perf_counter(), 100_000
        for first in range(0, entries, batch):
            rows = list(_rows(min(batch, entries - first), seed=first))
            cur.copy_expert(f"COPY register_entry ({', '.join(COLUMNS)}) FROM STDIN",
                            io.StringIO("".join(entry for entry, _ in rows)))
            cur.copy_expert("COPY register_name_suffix (entry_id, suffix, published_on, "
                            "removed_on, debtor_name) FROM STDIN",
                            io.StringIO("".join(suffixes for _, suffixes in rows)))
            say(f"  loaded {first + batch:,} entries")
        timings["copy_s"] = round(time.perf_counter() - started, 1)
        started = time.perf_counter()
        for ddl in indexes:
            cur.execute(ddl)
        timings["search_indexes_s"] = round(time.perf_counter() - started, 1)
    conn.autocommit = True
    with conn.cursor() as cur:  # as autovacuum would: statistics and the visibility map
        cur.execute("VACUUM ANALYZE register_entry")
        cur.execute("VACUUM ANALYZE register_name_suffix")
    conn.close()
    return timings


def percentiles(samples_ms):
    ordered = sorted(samples_ms) or [float("nan")]

    def at(q):
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)

    return {"n": len(ordered), "p50": at(0.50), "p90": at(0.90), "p99": at(0.99),
            "max": round(ordered[-1], 2), "mean": round(statistics.fmean(ordered), 2)}


def caller_main(base, duration, start_at, results, index):
    session = requests.Session()
    searches = SEARCHES[index % len(SEARCHES):] + SEARCHES[:index % len(SEARCHES)]
    for term in searches:  # warm-up: every search once
        session.get(base + "/api/register", params={"name": term}, timeout=30)
    while time.time() < start_at:
        time.sleep(0.01)
    latencies, errors, i = [], 0, 0
    end = start_at + duration
    while time.time() < end:
        term = searches[i % len(searches)]
        i += 1
        started = time.perf_counter()
        response = session.get(base + "/api/register", params={"name": term}, timeout=30)
        latencies.append((time.perf_counter() - started) * 1000)
        errors += response.status_code != 200
    results.put((latencies, errors))


def measure_http(base, callers, duration):
    results = SPAWN.Queue()
    start_at = time.time() + 3 + callers
    procs = [SPAWN.Process(target=caller_main, args=(base, duration, start_at, results, i))
             for i in range(callers)]
    for proc in procs:
        proc.start()
    outcomes = [results.get(timeout=duration + 120) for _ in procs]
    for proc in procs:
        proc.join(30)
    latencies = [ms for lat, _ in outcomes for ms in lat]
    return {"callers": callers, "requests_per_s": round(len(latencies) / duration, 1),
            "errors": sum(e for _, e in outcomes), **percentiles(latencies)}


def measure_raw(rounds):
    """The handler's two statements straight on the database, and PostgreSQL's own time."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.orm import Session

    from services.disclosure import views
    from services.disclosure.rules.register import search_key

    engine = create_engine(db_uri())
    today = date(2026, 11, 29)
    wall, server, per_search = [], [], {}
    with Session(engine) as session:
        for _ in range(rounds):
            for term in SEARCHES:
                started = time.perf_counter()
                total, _ = views.register_page(session, today, None, 1, 50,
                                               name_key=search_key(term))
                ms = (time.perf_counter() - started) * 1000
                wall.append(ms)
                per_search.setdefault(term, {"total": total, "ms": []})["ms"].append(ms)
        for term, found in per_search.items():
            found["ms"] = round(statistics.median(found["ms"]), 2)
        # PostgreSQL's own execution time of each statement the search runs
        statements = []
        listener = lambda conn, cursor, statement, parameters, context, many: (  # noqa: E731
            statements.append((statement, parameters)))
        event.listen(engine, "before_cursor_execute", listener)
        for term in SEARCHES:
            views.register_page(session, today, None, 1, 50, name_key=search_key(term))
        event.remove(engine, "before_cursor_execute", listener)
        raw = session.connection().connection.dbapi_connection
        with raw.cursor() as cur:
            for statement, parameters in statements:
                cur.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + statement, parameters)
                server.append(cur.fetchone()[0][0]["Execution Time"])
    engine.dispose()
    return {"views_register_page_ms": percentiles(wall),
            "postgres_execution_ms_per_statement": percentiles(server),
            "per_search_ms": per_search}


def start_service(workdir, amqp_uri):
    from shared.identity import keygen

    keys = os.path.join(workdir, "identity")
    keygen(keys, "bench")
    address = f"127.0.0.1:{infra.free_port()}"
    env = {"DISCLOSURE_DB_URI": db_uri(), "AMQP_URI": amqp_uri,
           "IDENTITY_PUBLIC_KEYS": os.path.join(keys, "public"), "IDENTITY_ISSUER": ISSUER,
           "IDENTITY_AUDIENCE": AUDIENCE, "DISCLOSURE_WEB_ADDRESS": address,
           "DISCLOSURE_SEARCH_RATE_LIMIT": "100000000/minute", "LOG_LEVEL": "WARNING"}
    service = infra.ServiceProcess("disclosure",
                                   "services.disclosure.service:DisclosureService", CONFIG,
                                   env, workdir=workdir)
    service.start()
    base = f"http://{address}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if service.proc.poll() is not None:
            raise RuntimeError("disclosure exited:\n" + service.log_tail())
        try:
            if requests.get(base + "/health", timeout=2).status_code == 200:
                return service, base
        except requests.ConnectionError:
            pass
        time.sleep(0.3)
    raise RuntimeError("disclosure did not answer /health:\n" + service.log_tail())


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.portal")
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--callers", default="1,4")
    parser.add_argument("--duration", type=float, default=15.0)
    parser.add_argument("--raw-rounds", type=int, default=20)
    parser.add_argument("--keep-db", action="store_true", help="do not drop the database")
    parser.add_argument("--reuse-db", action="store_true", help="skip the load")
    parser.add_argument("--output", default="portal.json")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(infra.ROOT))
    workdir = tempfile.mkdtemp(prefix="bench-portal-")
    vhost, service, result = infra.Vhost(infra.DEFAULT_AMQP_URI), None, {}
    try:
        if not args.reuse_db:
            say(f"loading {args.entries:,} entries into {DB}")
            result["load"] = {"entries": args.entries, **load(args.entries)}
        vhost.create()
        service, base = start_service(workdir, vhost.uri)
        say(f"disclosure at {base} (pid {service.pid})")
        result["searches"] = SEARCHES
        result["http"] = [measure_http(base, int(c), args.duration)
                          for c in args.callers.split(",")]
        result["raw"] = measure_raw(args.raw_rounds)
        result["postgres"] = infra.postgres_version()
        result["commit"] = os.popen("git -C " + str(infra.ROOT) + " rev-parse --short HEAD") \
            .read().strip()
        result["finished_at"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / args.output).write_text(json.dumps(result, indent=2, ensure_ascii=False))
        say(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    finally:
        if service is not None:
            service.stop()
        vhost.close()
        if not args.keep_db:
            import psycopg2
            admin = psycopg2.connect(infra.PG_ADMIN_URI)
            admin.autocommit = True
            with admin.cursor() as cur:
                cur.execute(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)")
            admin.close()


if __name__ == "__main__":
    sys.exit(main())
