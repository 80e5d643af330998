package wirepad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/wirepad, installed under a path with a space and with a class-data archive next to the jar. */
class LauncherTest {
    @TempDir Path tmp;

    @Test void aPathWithASpaceAndAnArchiveStillStarts() throws Exception {
        Path launcher = Path.of("bin/wirepad").toAbsolutePath(), classes = Path.of("build/classes").toAbsolutePath();
        assumeTrue(Files.isRegularFile(launcher) && Files.isDirectory(classes), "run from the project root after make");
        Path home = tmp.resolve("wire pad");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("build"));
        Path bin = Files.copy(launcher, home.resolve("bin/wirepad"));
        assertTrue(bin.toFile().setExecutable(true));
        // build/wirepad.jar: only a manifest whose class path is the compiled classes (a symlink next to it)
        Files.createSymbolicLink(home.resolve("build/classes"), classes);
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, "classes/");
        try (OutputStream o = Files.newOutputStream(home.resolve("build/wirepad.jar")); JarOutputStream j = new JarOutputStream(o, m)) {
            j.flush();
        }
        Files.write(home.resolve("build/wirepad.jsa"), new byte[0]); // any archive: its path is what used to split
        ProcessBuilder pb = new ProcessBuilder("sh", bin.toString(), "http", "parse", "--json").redirectErrorStream(true);
        pb.environment().put("JAVA", ProcessHandle.current().info().command().orElse("java"));
        pb.environment().remove("WIREPAD_JAVA_OPTS");
        pb.environment().remove("WIREPAD_CDS_DUMP");
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write("GET / HTTP/1.1\r\nHost: a\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("{\"ok\":true,\"kind\":\"request\""), out);
    }

    /** One-shot commands map the small build/wirepad-cli.jsa; the REPL and `run` map build/wirepad.jsa. */
    @Test void oneShotCommandsUseTheirOwnArchive() throws Exception {
        Path home = tmp.resolve("home");
        Path bin = copiedLauncher(home);
        Files.write(home.resolve("build/wirepad.jsa"), new byte[0]);
        // a stand-in for java that prints the archive it was given
        Path java = Files.writeString(home.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do case $a in -XX:SharedArchiveFile=*) echo \"${a##*/}\" ;; esac; done\n");
        assertTrue(java.toFile().setExecutable(true));
        assertEquals("wirepad.jsa", archive(bin, java, "send", "127.0.0.1:1", "req"), "no cli archive yet: the REPL's");
        Files.write(home.resolve("build/wirepad-cli.jsa"), new byte[0]);
        assertEquals("wirepad-cli.jsa", archive(bin, java, "send", "127.0.0.1:1", "req"));
        assertEquals("wirepad-cli.jsa", archive(bin, java, "http", "parse"));
        assertEquals("wirepad.jsa", archive(bin, java));
        assertEquals("wirepad.jsa", archive(bin, java, "run", "x.t"));
    }

    /** The Makefile's recording hooks: a class list of a run, a static archive of a list, a dynamic archive. */
    @Test void recordingHooksReachJava() throws Exception {
        Path home = tmp.resolve("home");
        Path bin = copiedLauncher(home);
        Files.write(home.resolve("build/wirepad-cli.jsa"), new byte[0]);
        // a stand-in for java that prints its class-data options, one a line
        Path java = Files.writeString(home.resolve("java"),
                "#!/bin/sh\nfor a in \"$@\"; do case $a in -Xshare:*|-XX:*Shared*|-XX:*Class*) echo \"$a\" ;; esac; done\n");
        assertTrue(java.toFile().setExecutable(true));
        assertEquals("-XX:DumpLoadedClassList=/t/a.lst",
                run(bin, java, Map.of("WIREPAD_CDS_LIST", "/t/a.lst"), "send", "127.0.0.1:1", "req"),
                "a class list: no archive mapped while recording");
        assertEquals("-Xshare:dump\n-XX:SharedClassListFile=/t/all.lst\n-XX:SharedArchiveFile=/t/cli.jsa",
                run(bin, java, Map.of("WIREPAD_CDS_CLASSES", "/t/all.lst", "WIREPAD_CDS_DUMP", "/t/cli.jsa")));
        assertEquals("-XX:ArchiveClassesAtExit=/t/repl.jsa", run(bin, java, Map.of("WIREPAD_CDS_DUMP", "/t/repl.jsa")));
        assertEquals("-XX:SharedArchiveFile=" + home.resolve("build/wirepad-cli.jsa") + "\n-Xshare:auto",
                run(bin, java, Map.of(), "dns", "decode"), "no hook: the archive is mapped");
    }

    /** bin/wirepad copied into a new home with an empty build/wirepad.jar (the stand-in java never reads it). */
    private static Path copiedLauncher(Path home) throws Exception {
        Path launcher = Path.of("bin/wirepad").toAbsolutePath();
        assumeTrue(Files.isRegularFile(launcher), "run from the project root");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("build"));
        Path bin = Files.copy(launcher, home.resolve("bin/wirepad"));
        Files.write(home.resolve("build/wirepad.jar"), new byte[0]);
        return bin;
    }

    private static String archive(Path bin, Path java, String... args) throws Exception {
        return run(bin, java, Map.of(), args);
    }

    private static String run(Path bin, Path java, Map<String, String> env, String... args) throws Exception {
        String[] cmd = new String[args.length + 2];
        cmd[0] = "sh";
        cmd[1] = bin.toString();
        System.arraycopy(args, 0, cmd, 2, args.length);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("JAVA", java.toString());
        pb.environment().remove("WIREPAD_JAVA_OPTS");
        pb.environment().remove("WIREPAD_CDS_DUMP");
        pb.environment().remove("WIREPAD_CDS_LIST");
        pb.environment().remove("WIREPAD_CDS_CLASSES");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    /** Under LC_ALL=C the JVM's charset is ASCII: JSON must not change, and the view must not print '?'. */
    @Test void theCLocaleChangesNeitherJsonNorGlyphs() throws Exception {
        Path classes = Path.of("build/classes").toAbsolutePath();
        assumeTrue(Files.isDirectory(classes), "run from the project root after make");
        String resp = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi";
        String json = cLocale(classes, resp, "--json");
        assertTrue(json.contains("\"reason\":\"Content-Length: 2 -> body is the next 2 bytes (RFC 9112 \\u00a76.3 rule 6)\""), json);
        String human = cLocale(classes, resp);
        assertTrue(human.contains("(RFC 9112 §6.3 rule 6)"), human);
    }

    private static String cLocale(Path classes, String stdin, String... args) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classes.toString(), "wirepad.cli.Main", "http", "parse"));
        cmd.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.ISO_8859_1));
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        return out;
    }
}
