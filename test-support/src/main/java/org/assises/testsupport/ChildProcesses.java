package org.assises.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Makes sure no child process (broker, service) outlives the JVM that started it, even on Ctrl-C. */
final class ChildProcesses {

    private static final List<Process> CHILDREN = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Process p : CHILDREN) {
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
            }
            for (Process p : CHILDREN) {
                try {
                    if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    p.destroyForcibly();
                }
            }
        }, "stop-child-processes"));
    }

    private ChildProcesses() {
    }

    static void register(Process process) {
        CHILDREN.removeIf(p -> !p.isAlive());
        CHILDREN.add(process);
    }
}
