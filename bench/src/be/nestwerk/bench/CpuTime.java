package be.nestwerk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by the load driver itself, the application and the database server (the postmaster and its
 * backends), read from /proc on Linux. CPU per request hardly depends on what else runs on the machine, unlike
 * latency and throughput, so it shows the cost of an endpoint even on a busy machine.
 *
 * @param clientNanos CPU of this JVM
 * @param appNanos CPU of the application's process, or -1 when unknown
 * @param databaseNanos CPU of the database server's processes, or -1 when unknown
 */
record CpuTime(long clientNanos, long appNanos, long databaseNanos) {

    static CpuTime now(long appPid, long databasePid, long ticksPerSecond) {
        long client = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long nanosPerTick = 1_000_000_000L / ticksPerSecond;
        return new CpuTime(
                client,
                appPid > 0 ? ticks(appPid) * nanosPerTick : -1,
                databasePid > 0 ? withChildren(databasePid) * nanosPerTick : -1);
    }

    CpuTime minus(CpuTime before) {
        return new CpuTime(
                clientNanos - before.clientNanos,
                appNanos < 0 ? -1 : appNanos - before.appNanos,
                databaseNanos < 0 ? -1 : databaseNanos - before.databaseNanos);
    }

    /** user + system time of the process (all its threads), in clock ticks; 0 when it is gone. */
    private static long ticks(long pid) {
        String[] fields = stat(pid);
        return fields.length > 13 ? Long.parseLong(fields[11]) + Long.parseLong(fields[12]) : 0;
    }

    /** The process and its direct children (a postmaster and its backends). */
    private static long withChildren(long parent) {
        long total = ticks(parent);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            total += processes
                    .map(path -> path.getFileName().toString())
                    .filter(name -> name.chars().allMatch(Character::isDigit))
                    .mapToLong(Long::parseLong)
                    .filter(pid -> {
                        String[] fields = stat(pid);
                        return fields.length > 1 && fields[1].equals(Long.toString(parent));
                    })
                    .map(CpuTime::ticks)
                    .sum();
        } catch (IOException e) {
            return -1;
        }
        return total;
    }

    /** The fields of /proc/pid/stat after the command name: state, ppid, …; empty when the process is gone. */
    private static String[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }
}
