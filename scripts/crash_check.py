#!/usr/bin/env python3
"""Helper of scripts/crash-test.sh (test-only): picks the clients' children and checks a run.

  crash_check.py children BASE WORK   -> "child user open-case-id|-" for each of 4 clients
  crash_check.py snapshot BASE WORK RUN -> WORK/runN/api.json: every case as the restarted app answers
  crash_check.py check WORK RUN       -> the run's figures; exit status 1 if anything failed
  crash_check.py summary WORK DB      -> one line per run (WORK/runN/summary.json, WORK/runN/seconds)

The clients' logs (WORK/run*/client*.log, WORK/run*/retry.log) hold one line per event,
"<epoch-ms> <EVENT> <args>": SEND CREATE <child>, CREATED <id> <child>, SEND WITHDRAW <id>,
WITHDRAWN <id> <child>, ERROR <http-code> ..., RETRY409 .... WORK/runN/kill_ms holds the moment of
the kill -9, WORK/runN/db.txt the database's answers after the restart (tagged lines, see
crash-test.sh). Every check covers all runs so far: a later crash must not lose an earlier change.
"""
import base64
import glob
import json
import os
import sys
import urllib.request

CLOSED = {"NOT_ASSESSED", "NOT_ISSUED", "PLAN_ISSUED", "WITHDRAWN"}
LAST_HALF_SECOND_MS = 500


def get(base, path, user="caseworker"):
    auth = base64.b64encode(f"{user}:{user}".encode()).decode()
    req = urllib.request.Request(base + path, headers={"Authorization": "Basic " + auth, "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r)


def all_cases(base):
    """id -> (childId, status) for every case the LA1 caseworker sees, through the API."""
    cases, page = {}, 0
    while True:
        p = get(base, f"/api/assessment-requests?size=100&page={page}")
        for c in p["content"]:
            cases[c["id"]] = (c["childId"], c["status"])
        page += 1
        if page >= p["totalPages"]:
            return cases


def children(base, work):
    """Four LA1 children, the parent's own first (the parent makes their requests), the same in every run."""
    chosen_file = os.path.join(work, "children")
    cases = all_cases(base)
    open_case = {}
    for cid, (child, status) in cases.items():
        if status not in CLOSED:
            open_case[child] = cid
    parents = {c["id"] for c in get(base, "/api/children", "parent")}
    if os.path.exists(chosen_file):
        chosen = [int(x) for x in open(chosen_file).read().split()]
    else:
        la1 = [c["id"] for c in get(base, "/api/children")]
        free = [c for c in la1 if c not in open_case]
        chosen = sorted(free, key=lambda c: (c not in parents, c))[:4]
        with open(chosen_file, "w") as f:
            f.write(" ".join(map(str, chosen)))
    for c in chosen:
        print(c, "parent" if c in parents else "caseworker", open_case.get(c, "-"))


def events(work, upto_run):
    """(run, source, ms, event, args) for every logged line of runs 1..upto_run."""
    out = []
    for run in range(1, upto_run + 1):
        for path in sorted(glob.glob(os.path.join(work, f"run{run}", "*.log"))):
            source = os.path.basename(path)[:-4]
            if source not in ("retry",) and not source.startswith("client"):
                continue
            for line in open(path):
                parts = line.split()
                if len(parts) >= 2:
                    out.append((run, source, int(parts[0]), parts[1], parts[2:]))
    return out


def db_rows(work, run):
    rows = {}
    for line in open(os.path.join(work, f"run{run}", "db.txt")):
        # psql -At prints the value alone; H2's RunScript -showResults prefixes "--> "
        parts = line[4:].split() if line.startswith("--> ") else line.split()
        if parts and parts[0].isupper() and parts[0] in {"CASE", "LETTER", "DUPLETTER", "DUPOUTBOX", "TWOOPEN", "OUTBOX"}:
            rows.setdefault(parts[0], []).append(parts[1:])
    return rows


def snapshot(base, work, run):
    with open(os.path.join(work, f"run{run}", "api.json"), "w") as f:
        json.dump({str(k): v for k, v in all_cases(base).items()}, f)


def check(work, run):
    failures = []
    ev = events(work, run)
    this_run = [e for e in ev if e[0] == run]
    kill_ms = int(open(os.path.join(work, f"run{run}", "kill_ms")).read())

    stream_acks = [e for e in this_run if e[1] != "retry" and e[3] in ("CREATED", "WITHDRAWN")]
    created = sum(1 for e in stream_acks if e[3] == "CREATED")
    withdrawn = sum(1 for e in stream_acks if e[3] == "WITHDRAWN")
    # an answer logged after the kill was still sent before it: a dead JVM answers nothing
    last = [e for e in stream_acks if e[2] >= kill_ms - LAST_HALF_SECOND_MS]
    last_ack_gap = kill_ms - max((e[2] for e in stream_acks), default=0)
    errors = sum(1 for e in this_run if e[1] != "retry" and e[3] == "ERROR")
    retries = [e for e in this_run if e[1] == "retry"]
    in_flight = sum(1 for e in retries if e[3] == "SEND")
    committed_unacked = sum(1 for e in retries if e[3] == "RETRY409")
    print(f"run {run}: acknowledged {created} creates + {withdrawn} withdrawals before the kill;"
          f" {len(last)} in the last {LAST_HALF_SECOND_MS} ms (the last {last_ack_gap} ms before it);"
          f" {errors} non-2xx answers")
    print(f"run {run}: {in_flight} writes in flight at the kill, retried after the restart:"
          f" {committed_unacked} answered 409 (done already, or in conflict with a lost change),"
          f" {in_flight - committed_unacked} were done now")
    if not last:
        failures.append(f"not killed under load: no change acknowledged in the last {LAST_HALF_SECOND_MS} ms before the kill")

    # every acknowledged change of every run so far, as the restarted application answers
    api = {int(k): tuple(v) for k, v in json.load(open(os.path.join(work, f"run{run}", "api.json"))).items()}
    acked_created = [(int(e[4][0]), int(e[4][1])) for e in ev if e[3] == "CREATED"]
    acked_withdrawn = [int(e[4][0]) for e in ev if e[3] == "WITHDRAWN"]
    lost, lost_ids = [], set()
    for cid, child in acked_created:
        if cid not in api:
            lost.append(f"create {cid} (child {child}) is missing")
        elif api[cid][0] != child:
            lost.append(f"create {cid} belongs to child {api[cid][0]}, not {child}")
    for cid in acked_withdrawn:
        status = api.get(cid, (None, "MISSING"))[1]
        if status != "WITHDRAWN":
            lost.append(f"withdrawal of {cid} is lost (now {status})")
            lost_ids.add(cid)
    lost_ids |= {cid for cid, _ in acked_created if cid not in api}

    # none twice: each acknowledged id once, no child with two open requests
    ids = [cid for cid, _ in acked_created]
    twice = [cid for cid in set(ids) if ids.count(cid) > 1]
    dups = [f"case {cid} acknowledged as created {ids.count(cid)} times" for cid in sorted(twice)]
    open_per_child = {}
    for cid, (child, status) in api.items():
        if status not in CLOSED:
            open_per_child.setdefault(child, []).append(cid)
    dups += [f"child {child} has {len(c)} open requests: {c}" for child, c in open_per_child.items() if len(c) > 1]

    # the database after the app stopped: the same cases, no letter twice, no e-mail twice
    db = db_rows(work, run)
    db_stage = {int(r[0]): r[1] for r in db.get("CASE", [])}
    for cid, (_, status) in api.items():
        if db_stage.get(cid) != status:
            lost.append(f"case {cid}: the API said {status}, the database holds {db_stage.get(cid)}")
    dups += [f"child {r[0]} has {r[1]} open requests in the database" for r in db.get("TWOOPEN", [])]
    dups += [f"case {r[0]}: {r[3]} letters {r[1]} to the same {r[2]}" for r in db.get("DUPLETTER", [])]
    dups += [f"letter {r[0]} has {r[1]} outbox messages" for r in db.get("DUPOUTBOX", [])]
    letters = {(int(r[0]), r[1], r[2]) for r in db.get("LETTER", [])}
    family = ("PARENT", "YOUNG_PERSON")
    # a change that is there must have its letter (written in the same transaction)
    for cid, _ in acked_created:
        if cid not in lost_ids and not any((cid, "CONSIDERING_ASSESSMENT", role) in letters for role in family):
            lost.append(f"case {cid}: acknowledged, but its reg 4 letter to the family is missing")
    for cid in acked_withdrawn:
        if cid not in lost_ids and not any((cid, "WITHDRAWAL", role) in letters for role in family):
            lost.append(f"case {cid}: withdrawal acknowledged, but its letter is missing")
    outbox = db.get("OUTBOX", [["0"]])[0][0]

    for line in lost:
        print(f"run {run}: LOST {line}")
    for line in dups:
        print(f"run {run}: TWICE {line}")
    print(f"run {run}: after the restart, all {len(acked_created)} creates and {len(acked_withdrawn)} withdrawals"
          f" acknowledged so far: lost {len(lost)}, twice {len(dups)}"
          f" ({len(letters)} letter groups, {outbox} outbox messages checked)")
    if lost:
        failures.append(f"{len(lost)} acknowledged changes lost")
    if dups:
        failures.append(f"{len(dups)} duplicates")
    summary = dict(run=run, created=created, withdrawn=withdrawn, last_half_second=len(last), lost=len(lost),
                   twice=len(dups), in_flight=in_flight, committed_unacked=committed_unacked, errors=errors,
                   failures=failures)
    with open(os.path.join(work, f"run{run}", "summary.json"), "w") as f:
        json.dump(summary, f)
    for f in failures:
        print(f"run {run}: FAILED: {f}")
    return 0 if not failures else 1


def summary(work, db):
    print(f"{'db':<9} {'run':>3} {'acknowledged':>12} {'last 500ms':>10} {'in flight':>9} {'lost':>4} {'twice':>5}"
          f" {'non-2xx':>7} {'seconds':>7}  result")
    for path in sorted(glob.glob(os.path.join(work, "run*", "summary.json")), key=lambda p: int(p.split("run")[-1].split("/")[0])):
        r = json.load(open(path))
        secs_file = os.path.join(os.path.dirname(path), "seconds")
        secs = open(secs_file).read().strip() if os.path.exists(secs_file) else "?"
        acked = f"{r['created']}+{r['withdrawn']}"
        flight = f"{r['in_flight']}/{r['committed_unacked']}c"
        print(f"{db:<9} {r['run']:>3} {acked:>12} {r['last_half_second']:>10} {flight:>9} {r['lost']:>4} {r['twice']:>5}"
              f" {r['errors']:>7} {secs:>7}  {'; '.join(r['failures']) or 'ok'}")
    print("(acknowledged: creates+withdrawals before the kill; in flight: unanswered at the kill / of which answered 409 on the retry)")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "children":
        children(sys.argv[2], sys.argv[3])
    elif cmd == "snapshot":
        snapshot(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif cmd == "summary":
        summary(sys.argv[2], sys.argv[3])
    elif cmd == "check":
        sys.exit(check(sys.argv[2], int(sys.argv[3])))
    else:
        sys.exit(f"unknown command {cmd}")
