#!/usr/bin/env python3
"""Memory and start-up of `zhen check --batch --jobs N` workers (issue 14).

usage: python3 bench/jobs_memory.py MAIN_ZHEN BRANCH_ZHEN [--repeat 5]

Builds two folders in a temporary directory from corpus/: 240 pairs (the
cn-policy, hk-deal and tw-results documents, 40 copies each) and 8 pairs of
one Traditional line (where a worker's start-up is most of the run). Each
zhen runs each folder with --jobs 1, 2, 4 and 8 under /usr/bin/time; the
table gives the median wall time and maximum resident set, and the cost of
a worker: (RSS at 8 jobs - RSS at 1 job) / 7. It also checks that both
binaries print the same bytes for every --jobs value."""
import argparse
import pathlib
import shutil
import statistics
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
JOBS = (1, 2, 4, 8)


def folders(tmp):
    big, tiny = tmp / "dir240", tmp / "tiny8"
    big.mkdir()
    tiny.mkdir()
    for i in range(40):
        for doc in ("cn-policy", "hk-deal", "tw-results"):
            for lang in ("zh", "en"):
                shutil.copy(ROOT / "corpus" / doc / f"{lang}.txt",
                            big / f"{doc}-{i:02}.{lang}.txt")
    for i in range(8):
        (tiny / f"t{i}.zh.txt").write_text("港聯物流集團宣佈，將以港幣48億元收購。\n")
        (tiny / f"t{i}.en.txt").write_text("The group will pay HK$4.8 billion.\n")
    return {"240 documents": big, "8 one-line pairs": tiny}


def measure(zhen, folder, jobs, repeat, tmp):
    times, rss = [], []
    out = tmp / "time.txt"
    for _ in range(repeat):
        p = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", str(out),
                            zhen, "check", "--batch", str(folder),
                            "--jobs", str(jobs)], capture_output=True)
        t, m = out.read_text().split("\n")[-2].split()
        times.append(float(t))
        rss.append(int(m) / 1024)
    return statistics.median(times), statistics.median(rss), p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("main")
    ap.add_argument("branch")
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = pathlib.Path(d)
        print("| input | jobs | main: time, max RSS | branch: time, max RSS |")
        print("|---|---|---|---|")
        for name, folder in folders(tmp).items():
            rss = {}
            for j in JOBS:
                row = []
                for who in (a.main, a.branch):
                    t, m, out = measure(who, folder, j, a.repeat, tmp)
                    rss[who, j] = m
                    row.append((t, m, out))
                if row[0][2] != row[1][2]:
                    raise SystemExit(f"{name} --jobs {j}: outputs differ")
                print(f"| {name} | {j} | {row[0][0]:.2f} s, "
                      f"{row[0][1]:.1f} MB | {row[1][0]:.2f} s, "
                      f"{row[1][1]:.1f} MB |")
            per = [(rss[w, 8] - rss[w, 1]) / 7 for w in (a.main, a.branch)]
            print(f"| {name} | a worker | {per[0]:.1f} MB | {per[1]:.1f} MB |")


if __name__ == "__main__":
    main()
