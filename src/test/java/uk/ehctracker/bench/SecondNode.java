package uk.ehctracker.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A second application node in its own JVM, on the same database, with the same engine settings:
 * started from this test's class path, killed with SIGKILL ({@link Process#destroyForcibly()}).
 */
final class SecondNode implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private SecondNode(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static SecondNode start(String hostname) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // the application's own class path: without test classes, each entry once (a model found twice fails the deployment)
        String classPath = java.util.Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                        .split(File.pathSeparator))
                .filter(e -> !e.isBlank() && !e.endsWith("test-classes") && !e.endsWith("test-classes/"))
                .distinct().collect(java.util.stream.Collectors.joining(File.pathSeparator));
        Path log = Report.file().getParent().resolve("node-" + hostname + ".log");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", classPath, "uk.ehctracker.EhcTrackerApplication",
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                "--spring.datasource.url=" + BenchSettings.url(),
                "--spring.datasource.username=" + BenchSettings.user(),
                "--spring.datasource.password=" + BenchSettings.password(),
                "--ehc.demo-data.enabled=false",
                "--" + BenchSettings.NO_REVIEWS_AT_START + "=false",
                "--ehc.mail.outbox-poll=PT1H",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.generic-properties.properties.hostname=" + hostname,
                "--logging.level.root=warn",
                "--logging.level.uk.ehctracker=info"));
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        SecondNode node = new SecondNode(p, port, log);
        node.awaitStarted(Duration.ofMinutes(4));
        return node;
    }

    private void awaitStarted(Duration timeout) throws IOException, InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Second node exited; see " + log);
            }
            if (Files.exists(log) && Files.readString(log).contains("Started EhcTrackerApplication")) {
                return;
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Second node did not start within " + timeout + "; see " + log);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Stops the node's JVM where it stands (SIGSTOP), so that a one-node round runs alone without
     * a cold second JVM in the next round; call only while no job is due, so it holds no job locks.
     */
    void pause() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** Lets a paused node go on (SIGCONT). */
    void resume() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill " + signal + " " + process.pid() + " exited with " + exit);
        }
    }

    /** kill -9: no shutdown hooks, no transaction completes. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    static String describe(SecondNode node) {
        return node == null ? "none" : "pid " + node.pid() + " port " + node.port() + " log " + node.log;
    }

    static File logOf(SecondNode node) {
        return node.log.toFile();
    }
}
