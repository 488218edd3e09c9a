package uk.ehctracker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CPU budget per application node (Linux cgroups, v1 or v2), for the scale-out comparison on a
 * host with few cores: each node's JVM gets {@code bench.nodeCpus} cores' worth of CPU time while
 * PostgreSQL keeps the rest. That models what a second node is for (its own host, the database
 * on another, shared by both): with every process on the same two cores, a second JVM adds no CPU
 * and can only be slower (BENCHMARKS.md, "Scale-out"). Needs root (the benchmark's machine).
 */
final class NodeCpuQuota implements AutoCloseable {

    private static final Path V1 = Path.of("/sys/fs/cgroup/cpu");
    private static final Path V2 = Path.of("/sys/fs/cgroup");
    private static final long PERIOD_MICROS = 100_000;
    static final String DEFAULT_CPUS = "0.33";

    private final double cpus;
    private final List<Long> limited = new ArrayList<>();

    private NodeCpuQuota(double cpus) {
        this.cpus = cpus;
    }

    /**
     * The budget {@code bench.nodeCpus} ({@value #DEFAULT_CPUS} unless set; {@code none}: no
     * budget), or null when there is none or this host does not let the benchmark set one (reported).
     * A third of a core per node leaves a 2-core host a quarter idle with both nodes firing, so the
     * database is not what limits; at half a core the host was saturated (BENCHMARKS.md).
     */
    static NodeCpuQuota fromSettings() {
        String value = System.getProperty("bench.nodeCpus", DEFAULT_CPUS).trim();
        if (value.isEmpty() || value.equals("none")) {
            return null;
        }
        Path probe = groupOf("probe");
        try {
            Files.createDirectories(probe);
            Files.delete(probe);
        } catch (IOException e) {
            Report.line("(no CPU budget per node: cannot make a cgroup under %s (%s); nodes share every core)", root(), e);
            return null;
        }
        return new NodeCpuQuota(Double.parseDouble(value));
    }

    double cpus() {
        return cpus;
    }

    /** Puts a node's whole JVM in its own group with the budget, until {@link #close()}. */
    NodeCpuQuota limit(String node, long pid) {
        Path group = groupOf(node);
        try {
            Files.createDirectories(group);
            long quota = Math.round(cpus * PERIOD_MICROS);
            if (isV1()) {
                Files.writeString(group.resolve("cpu.cfs_period_us"), Long.toString(PERIOD_MICROS));
                Files.writeString(group.resolve("cpu.cfs_quota_us"), Long.toString(quota));
            } else {
                Files.writeString(V2.resolve("cgroup.subtree_control"), "+cpu");
                Files.writeString(group.resolve("cpu.max"), quota + " " + PERIOD_MICROS);
            }
            Files.writeString(group.resolve("cgroup.procs"), Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot limit " + node + " to " + cpus + " CPU in " + group
                    + " (cgroups need root; leave bench.nodeCpus unset to run without)", e);
        }
        limited.add(pid);
        return this;
    }

    /** Moves the limited JVMs that still run back to the root group: no budget. */
    @Override
    public void close() {
        for (long pid : limited) {
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Files.writeString(root().resolve("cgroup.procs"), Long.toString(pid));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot lift the CPU limit of process " + pid, e);
                }
            }
        }
        limited.clear();
    }

    private static boolean isV1() {
        return Files.isDirectory(V1);
    }

    private static Path root() {
        return isV1() ? V1 : V2;
    }

    private static Path groupOf(String node) {
        return root().resolve("ehc-bench-" + node);
    }
}
