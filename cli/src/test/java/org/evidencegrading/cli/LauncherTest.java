package org.evidencegrading.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's decisions: when a command runs in a second JVM, and with which command line. The
 * jar's own runs (the archive made and used, the exit status passed on, the second JVM stopped with
 * the first) are {@code JarLauncherTest}'s, in the examples module, after the jar is built.
 */
class LauncherTest {

  private static final Path JAVA = Path.of("/jdk/bin/java");

  @Test
  void plainJarOrMainClassRunsAgainWithTheFlags() {
    assertTrue(Launcher.withoutJvmOptions(new String[] {"-jar", "evidence-grading.jar", "check", "g.yaml"}, 2));
    assertTrue(Launcher.withoutJvmOptions(new String[] {"-cp", "a.jar:b.jar", "org.example.Main", "check"}, 1));
    assertTrue(Launcher.withoutJvmOptions(new String[] {"--class-path", "a.jar", "org.example.Main"}, 0));
    assertTrue(Launcher.withoutJvmOptions(new String[] {"-jar", "x.jar", "-Xmx1g"}, 1), "an argument of the command, not of the JVM");
  }

  @Test
  void anyJvmOptionKeepsTheCommandInThisJvm() {
    assertFalse(Launcher.withoutJvmOptions(new String[] {"-Xmx256m", "-jar", "evidence-grading.jar", "check"}, 1));
    assertFalse(Launcher.withoutJvmOptions(new String[] {"-Dx=y", "-cp", "a.jar", "Main"}, 0));
    assertFalse(Launcher.withoutJvmOptions(new String[] {"@options", "-jar", "a.jar"}, 0));
    assertFalse(Launcher.withoutJvmOptions(new String[] {"-cp", "a.jar", "-javaagent:a.jar", "Main"}, 0));
  }

  @Test
  void aCommandLineThatDoesNotEndInTheArgumentsIsNotUnderstood() {
    assertFalse(Launcher.withoutJvmOptions(new String[] {"-jar", "evidence-grading.jar", "check"}, 2));
    assertFalse(Launcher.withoutJvmOptions(new String[] {"-cp", "a.jar"}, 0));
    assertFalse(Launcher.withoutJvmOptions(new String[0], 0));
  }

  @Test
  void theCacheIsXdgCacheHomeOrDotCache() {
    assertEquals(Optional.of(Path.of("/cache/evidence-grading")), Launcher.cacheDirectory("/cache", "/home/u"));
    assertEquals(Optional.of(Path.of("/home/u/.cache/evidence-grading")), Launcher.cacheDirectory(null, "/home/u"));
    assertEquals(Optional.of(Path.of("/home/u/.cache/evidence-grading")), Launcher.cacheDirectory("relative", "/home/u"),
        "the XDG specification says to ignore a relative path");
    assertEquals(Optional.empty(), Launcher.cacheDirectory(null, "?"));
    assertEquals(Optional.empty(), Launcher.cacheDirectory("", null));
  }

  @Test
  void aCheckRunsOnC1AndSerialGcWithTheArchive() {
    Launcher.Launch launch = new Launcher.Launch(JAVA, "e.jar", new String[] {"check", "g.yaml", "--format", "json"}, false, true, Optional.empty());
    List<String> command = launch.command(Optional.of(Path.of("/c/a.jsa")), Optional.empty());
    assertEquals("/jdk/bin/java", command.get(0));
    assertTrue(command.contains("-XX:TieredStopAtLevel=1"));
    assertTrue(command.contains("-XX:CICompilerCount=1"));
    assertTrue(command.contains("-XX:+UseSerialGC"));
    assertTrue(command.contains("-Xmn32m"));
    assertTrue(command.contains("-XX:SharedArchiveFile=/c/a.jsa"));
    assertTrue(command.contains("-XX:+DisplayVMOutputToStderr"), "JVM warnings must not mix with a report on standard output");
    assertTrue(command.contains("-Devidencegrading.launched=true"));
    assertEquals(List.of("-cp", "e.jar", "org.evidencegrading.cli.EvidenceGradingCommand", "check", "g.yaml", "--format", "json"),
        command.subList(command.size() - 7, command.size()));
  }

  @Test
  void theFirstCheckWritesTheArchiveAndPropertiesKeepC2() {
    Launcher.Launch check = new Launcher.Launch(JAVA, "e.jar", new String[] {"check", "g.yaml"}, false, true, Optional.empty());
    List<String> dumping = check.command(Optional.empty(), Optional.of(Path.of("/c/a.jsa.tmp-7")));
    assertTrue(dumping.contains("-XX:ArchiveClassesAtExit=/c/a.jsa.tmp-7"));
    assertFalse(dumping.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")));

    Launcher.Launch properties = new Launcher.Launch(JAVA, "e.jar", new String[] {"properties"}, true, false, Optional.empty());
    List<String> property = properties.command(Optional.empty(), Optional.empty());
    assertFalse(property.contains("-XX:TieredStopAtLevel=1"), "a property run lasts minutes: the C2 compiler pays for itself");
    assertFalse(property.contains("-XX:CICompilerCount=1"), "C1 and C2 take a thread each at least");
  }

  @Test
  void theArchiveIsNamedForTheClassPathAndTheJarsItWasMadeFrom(@TempDir Path directory) throws Exception {
    Path jar = Files.writeString(directory.resolve("e.jar"), "not really a jar");
    Launcher.Launch launch = new Launcher.Launch(JAVA, jar.toString(), new String[] {"check"}, false, true, Optional.of(directory.resolve("cache")));
    Path archive = launch.archive().orElseThrow();
    assertEquals(directory.resolve("cache"), archive.getParent());
    assertTrue(archive.getFileName().toString().matches("evidence-grading-[0-9a-f]{8}-[0-9a-f]{8}\\.jsa"), archive.toString());
    Files.writeString(jar, "a jar rebuilt, of another size");
    Path rebuilt = launch.archive().orElseThrow();
    assertFalse(rebuilt.equals(archive), "a rebuilt jar needs an archive of its own");
    assertEquals(archive.getFileName().toString().substring(0, 26), rebuilt.getFileName().toString().substring(0, 26),
        "the same class path keeps its prefix, by which its stale archives are found");


    Launcher.Launch classes = new Launcher.Launch(JAVA, directory.toString(), new String[] {"check"}, false, true, Optional.of(directory));
    assertEquals(Optional.empty(), classes.archive(), "class-data sharing takes jars only");
  }

  @Test
  void twoJdksUsedInTurnNoLongerRemoveEachOthersArchive(@TempDir Path directory) throws Exception {
    // A rebuilt jar's archive replaces the old one: names with the same start are this class path's.
    // Each JDK's check removed the other JDK's archive as stale, so every run wrote a new one.
    Path jar = Files.writeString(directory.resolve("e.jar"), "a jar");
    Optional<Path> cache = Optional.of(directory.resolve("cache"));
    String jdk17 = new Launcher.Launch(Path.of("/jdk-17/bin/java"), jar.toString(), new String[] {"check"}, false, true, cache)
        .archive().orElseThrow().getFileName().toString();
    String jdk25 = new Launcher.Launch(Path.of("/jdk-25/bin/java"), jar.toString(), new String[] {"check"}, false, true, cache)
        .archive().orElseThrow().getFileName().toString();
    assertFalse(jdk17.substring(0, 26).equals(jdk25.substring(0, 26)), jdk17 + " and " + jdk25);
  }
  @Test
  void aCheckMayBeServedByABackgroundJvmButHelpAndOtherCommandsAreNot(@TempDir Path directory) throws Exception {
    Path jar = Files.writeString(directory.resolve("e.jar"), "not really a jar");
    Optional<Path> cache = Optional.of(directory.resolve("cache"));
    Launcher.Launch check = new Launcher.Launch(JAVA, jar.toString(), new String[] {"check", "g.yaml"}, false, true, cache);
    Daemon.Address address = check.daemon().orElseThrow();
    assertEquals(directory.resolve("cache"), address.socket().getParent());
    assertTrue(address.socket().getFileName().toString().matches("daemon-[0-9a-f]{16}\\.sock"), address.socket().toString());
    assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.get())));

    assertEquals(Optional.empty(), new Launcher.Launch(JAVA, jar.toString(), new String[] {"check", "g.yaml", "--help"}, false, true, cache).daemon(),
        "help is coloured on a terminal, which the background JVM has not");
    for (String help : new String[] {"-h", "-V", "-hV", "--version", "@options"}) {
      assertEquals(Optional.empty(), new Launcher.Launch(JAVA, jar.toString(), new String[] {"check", help}, false, true, cache).daemon(), help);
    }
    assertTrue(new Launcher.Launch(JAVA, jar.toString(), new String[] {"check", "hV.yaml", "--strict"}, false, true, cache).daemon().isPresent());
    assertEquals(Optional.empty(), new Launcher.Launch(JAVA, jar.toString(), new String[] {"convert", "g.yaml"}, false, false, cache).daemon());
    assertEquals(Optional.empty(), new Launcher.Launch(JAVA, directory.toString(), new String[] {"check", "g.yaml"}, false, true, cache).daemon(),
        "classes in a folder can change under a running JVM unseen");
    assertEquals(Optional.empty(), new Launcher.Launch(JAVA, jar.toString(), new String[] {"check"}, false, true, Optional.empty()).daemon());
  }

  @Test
  void theBackgroundJvmIsNamedForTheJarsTheFolderAndTheEnvironment(@TempDir Path directory) throws Exception {
    Path cache = directory.resolve("cache");
    Daemon.Address address = Daemon.Address.of(cache, "0badcafe", "1 2 17.0\n/work\nUmask:\t0022").orElseThrow();
    assertEquals(address.key(), Daemon.Address.of(cache, "0badcafe", "1 2 17.0\n/work\nUmask:\t0022").orElseThrow().key());
    assertFalse(address.key().equals(Daemon.Address.of(cache, "0badcafe", "1 2 17.0\n/work/other\nUmask:\t0022").orElseThrow().key()));
    assertFalse(address.key().equals(Daemon.Address.of(cache, "0badcafe", "1 2 17.0\n/work\nUmask:\t0077").orElseThrow().key()));
    assertTrue(address.key().startsWith("0badcafe"));
    assertEquals(Optional.empty(), Daemon.Address.of(directory.resolve("x".repeat(100)), "0badcafe", ""),
        "a socket's path has room for 108 bytes");
    String context = Daemon.Address.context();
    assertTrue(context.startsWith(Path.of("").toAbsolutePath() + "\n"), context);
    assertTrue(context.contains("Umask:"), context);
    assertTrue(context.contains("Gid:") && context.contains("Groups:"), "a new report's group, the files one may read: " + context);
  }

  @Test
  void theBackgroundJvmKeepsC2AndTheArchive(@TempDir Path directory) throws Exception {
    Path jar = Files.writeString(directory.resolve("e.jar"), "not really a jar");
    Launcher.Launch check = new Launcher.Launch(JAVA, jar.toString(), new String[] {"check", "g.yaml"}, false, true, Optional.of(directory.resolve("cache")));
    Daemon.Address address = check.daemon().orElseThrow();
    Files.writeString(check.archive().orElseThrow(), "an archive");
    List<String> command = check.daemonCommand(address);
    assertFalse(command.contains("-XX:TieredStopAtLevel=1"), "it runs for minutes: the C2 compiler pays for itself");
    assertFalse(command.contains("-Xmn32m"));
    assertTrue(command.contains("-XX:SharedArchiveFile=" + check.archive().get()), command.toString());
    assertEquals(List.of("org.evidencegrading.cli.Daemon", address.socket().toString(), address.key()), command.subList(command.size() - 3, command.size()));
  }
}
