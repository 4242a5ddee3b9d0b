// eucora-console --bench: the four numbers docs/performance.md keeps, measured in one run
// against servers tests/bench/console-bench.sh starts. Prints one JSON object on stdout:
//   cold_start_ms     process start to every panel of Overview answered and drawn
//   max_stall_ms      the longest gap of a 1 ms GUI-thread timer while the view named by
//                     --view (a panel with 1,000 series x 1,000 points) loads and refreshes
//   rss_mb            resident memory after every view has been shown once
//   idle_cpu_percent  CPU time over 60 s (EUCORA_BENCH_IDLE_S) of Overview at a 15 s refresh
#pragma once

#include "consoleoptions.h"

namespace eucora::app {

class MainWindow;

int runBench(MainWindow &window, const ConsoleOptions &options);

} // namespace eucora::app
