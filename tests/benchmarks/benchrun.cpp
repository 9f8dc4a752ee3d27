// SPDX-License-Identifier: GPL-3.0-or-later
// brankas-bench-run: times a command end to end, process start to exit, like a person at a shell.
//
//   brankas-bench-run [--runs N] [--stdin FILE] [--output FILE] [--label TEXT] -- COMMAND [ARGS...]
//
// Runs COMMAND once to warm the page cache (not counted), then N times (default 7), each with
// standard input from FILE, standard output to FILE of --output (the last run's, e.g. to count the
// lines) or /dev/null, and standard error to /dev/null. Prints the median, minimum and maximum wall
// time from spawn to exit, the median CPU time (user + system, less disturbed by other work on the
// machine) and the peak resident set size of the runs, from wait4()'s rusage of each child: no
// /usr/bin/time needed. Fails if any run exits with a non-zero status.
//
// POSIX only; the benchmarks run on Linux.

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

extern char **environ;

namespace {

struct Run
{
    double ms = 0;
    double cpuMs = 0; // user + system
    double maxRssMiB = 0;
    int status = 0;
};

double median(std::vector<double> values)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

bool spawnOnce(const std::vector<char *> &argv, const std::string &input, const std::string &output, Run &run)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, input.empty() ? "/dev/null" : input.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, output.empty() ? "/dev/null" : output.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const auto start = std::chrono::steady_clock::now();
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        std::fprintf(stderr, "brankas-bench-run: cannot start %s: %s\n", argv[0], std::strerror(spawned));
        return false;
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid) {
        std::fprintf(stderr, "brankas-bench-run: wait4: %s\n", std::strerror(errno));
        return false;
    }
    const auto end = std::chrono::steady_clock::now();
    run.ms = std::chrono::duration<double, std::milli>(end - start).count();
    const auto toMs = [](const timeval &time) { return double(time.tv_sec) * 1000.0 + double(time.tv_usec) / 1000.0; };
    run.cpuMs = toMs(usage.ru_utime) + toMs(usage.ru_stime);
    run.maxRssMiB = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    return true;
}

int usage()
{
    std::fprintf(stderr, "usage: brankas-bench-run [--runs N] [--stdin FILE] [--output FILE] [--label TEXT] -- "
                         "COMMAND [ARGS...]\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    int runs = 7;
    std::string input;
    std::string output;
    std::string label;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--") {
            ++i;
            break;
        }
        if (i + 1 >= argc) {
            return usage();
        }
        if (arg == "--runs") {
            runs = std::atoi(argv[++i]);
        } else if (arg == "--stdin") {
            input = argv[++i];
        } else if (arg == "--output") {
            output = argv[++i];
        } else if (arg == "--label") {
            label = argv[++i];
        } else {
            return usage();
        }
    }
    if (i >= argc || runs < 1) {
        return usage();
    }
    std::vector<char *> command(argv + i, argv + argc);
    command.push_back(nullptr);
    if (label.empty()) {
        label = command[0];
    }

    std::vector<double> times;
    std::vector<double> cpu;
    std::vector<double> peaks;
    for (int run = 0; run <= runs; ++run) {
        Run result;
        if (!spawnOnce(command, input, run == runs ? output : std::string(), result)) {
            return 1;
        }
        if (result.status != 0) {
            std::fprintf(stderr, "brankas-bench-run: %s exited with status %d (run %d)\n", command[0], result.status,
                         run);
            return 1;
        }
        if (run > 0) { // the first run warms the page cache
            times.push_back(result.ms);
            cpu.push_back(result.cpuMs);
            peaks.push_back(result.maxRssMiB);
        }
    }
    const auto [low, high] = std::minmax_element(times.begin(), times.end());
    std::printf("%-24s median %.1f ms  (min %.1f, max %.1f, %d runs)  CPU %.1f ms  peak RSS %.1f MiB\n", label.c_str(),
                median(times), *low, *high, runs, median(cpu), *std::max_element(peaks.begin(), peaks.end()));
    return 0;
}
