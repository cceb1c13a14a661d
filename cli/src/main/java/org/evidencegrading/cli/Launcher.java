package org.evidencegrading.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * The jar's entry point: runs the command in a second JVM started with flags for a short command-line
 * run, which a jar's manifest cannot give the JVM that {@code java -jar} starts.
 *
 * <p>A check runs for about a second, and the JVM's defaults are chosen for servers that run for hours:
 * the C2 compiler spent half the CPU of a check compiling code it then hardly ran, and G1 grew the heap
 * to gigabytes. Started as plainly as the README says ({@code java -jar evidence-grading.jar ...},
 * no JVM options), this class starts {@code java} again, on the same class path, with
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1}: the C1 compiler only, on one thread
 *       (not for {@code properties}, which runs for minutes and gains from C2);
 *   <li>{@code -XX:+UseSerialGC -Xmn32m}: one collector thread, and a young generation small enough
 *       that its memory is reused rather than new pages touched: a check makes gigabytes of garbage
 *       that dies young, and the page faults of a young generation grown to hundreds of megabytes
 *       cost more CPU than the collections of a small one;
 *   <li>a class-data-sharing archive of the tool's classes, made by the first {@code check} and kept in
 *       {@code $XDG_CACHE_HOME/evidence-grading} (else {@code ~/.cache/evidence-grading}): later runs
 *       map the classes parsed and verified instead of loading them from the jar;
 *   <li>the JVM's own warnings sent to standard error, so that they never mix with a report on
 *       standard output.
 * </ul>
 *
 * <p>The second JVM shares this one's standard input, output and error, its working directory and
 * environment; this JVM waits for it and exits with its exit status. If this JVM is stopped (Ctrl-C,
 * {@code kill}), it stops the second one first.
 *
 * <p>A {@code check} is first offered to a background JVM ({@link Daemon}) that serves checks from
 * the same folder with the same jars; without one, it runs in a second JVM as above, which then
 * starts one for the checks that follow.
 *
 * <p>The command runs in this JVM instead, as before, when the JVM was given options of its own
 * (on the command line, or in {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS} or
 * {@code _JAVA_OPTIONS}): whoever sets {@code -Xmx} or an agent has chosen the JVM's settings. It
 * also runs here when the environment variable {@value #JVM} is {@code direct}, when the command line
 * of this process cannot be read, and when the second JVM cannot be started.
 */
public final class Launcher {

  /** The environment variable that, set to {@code direct}, runs the command in the JVM that {@code java -jar} started. */
  static final String JVM = "EVIDENCE_GRADING_JVM";

  /** The system property that marks the second JVM, so that it never starts a third. */
  static final String LAUNCHED = "evidencegrading.launched";

  /** The main class the second JVM runs. */
  private static final String MAIN = "org.evidencegrading.cli.EvidenceGradingCommand";

  /** The environment variables through which the JVM takes options. */
  private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  private static final String ARCHIVE_PREFIX = "evidence-grading-";
  private static final String ARCHIVE_SUFFIX = ".jsa";

  /** The most archives the cache folder keeps, the newest (about 14 MB each). */
  static final int ARCHIVES_KEPT = 8;

  private Launcher() {}

  public static void main(String[] args) {
    Optional<Launch> launch = plan(args);
    if (launch.isEmpty()) {
      EvidenceGradingCommand.main(args);
      return;
    }
    Optional<Daemon.Address> daemon = launch.get().daemon();
    if (daemon.isPresent()) {
      Optional<Integer> served = Daemon.ask(daemon.get(), args);
      if (served.isPresent()) {
        System.exit(served.get());
      }
    }
    Optional<Integer> status = launch.get().run();
    if (status.isEmpty()) {
      EvidenceGradingCommand.main(args);
      return;
    }
    daemon.ifPresent(address -> Daemon.start(launch.get().daemonCommand(address), address));
    System.exit(status.get());
  }

  /** How to run the command in a second JVM, or empty to run it in this one. */
  static Optional<Launch> plan(String[] args) {
    if (System.getProperty(LAUNCHED) != null || "direct".equals(System.getenv(JVM))) {
      return Optional.empty();
    }
    for (String variable : OPTION_VARIABLES) {
      String value = System.getenv(variable);
      if (value != null && !value.isBlank()) {
        return Optional.empty();
      }
    }
    Optional<String[]> commandLine = ProcessHandle.current().info().arguments();
    if (commandLine.isEmpty() || !withoutJvmOptions(commandLine.get(), args.length)) {
      return Optional.empty();
    }
    String classPath = System.getProperty("java.class.path", "");
    if (classPath.isEmpty()) {
      return Optional.empty();
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    if (!Files.isExecutable(java)) {
      return Optional.empty();
    }
    boolean longRun = args.length > 0 && args[0].equals("properties");
    return Optional.of(new Launch(java, classPath, args, longRun, args.length > 0 && args[0].equals("check"),
        cacheDirectory(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home"))));
  }

  /**
   * Whether the java launcher's arguments (those after the program name) are only the class path and
   * the main class, or {@code -jar} and the jar, followed by the command's own arguments.
   */
  static boolean withoutJvmOptions(String[] commandLine, int commandArguments) {
    int i = 0;
    while (i < commandLine.length) {
      String argument = commandLine[i];
      if (argument.equals("-jar")) {
        return commandLine.length - (i + 2) == commandArguments;
      } else if (argument.equals("-cp") || argument.equals("-classpath") || argument.equals("--class-path")) {
        i += 2;
      } else if (argument.startsWith("-") || argument.startsWith("@")) {
        return false; // a JVM option, or a file of them
      } else {
        return commandLine.length - (i + 1) == commandArguments; // the main class
      }
    }
    return false;
  }

  /**
   * The folder for the class-data-sharing archive: {@code evidence-grading} in {@code XDG_CACHE_HOME}
   * if that is an absolute path (as the XDG base directory specification asks), else in {@code
   * ~/.cache}; empty without a home folder.
   */
  static Optional<Path> cacheDirectory(String cache, String home) {
    Path base;
    if (cache != null && !cache.isEmpty() && Path.of(cache).isAbsolute()) {
      base = Path.of(cache);
    } else {
      if (home == null || home.isEmpty() || home.equals("?")) {
        return Optional.empty();
      }
      base = Path.of(home, ".cache");
    }
    return Optional.of(base.resolve("evidence-grading"));
  }

  /** A run of the command in a second JVM. */
  static final class Launch {
    private final Path java;
    private final String classPath;
    private final String[] args;
    private final boolean longRun;
    private final boolean mayArchive;
    private final Optional<Path> cache;

    Launch(Path java, String classPath, String[] args, boolean longRun, boolean mayArchive, Optional<Path> cache) {
      this.java = java;
      this.classPath = classPath;
      this.args = args.clone();
      this.longRun = longRun;
      this.mayArchive = mayArchive;
      this.cache = cache;
    }

    /**
     * The archive this class path and JDK use: its name is the tool's, a checksum of the class path and
     * the JDK's {@code java}, and one of what makes an archive stale (the jars' sizes and times, the
     * JVM's version).
     */
    Optional<Path> archive() {
      if (cache.isEmpty()) {
        return Optional.empty();
      }
      return stamp().map(stamp -> cache.get().resolve(owner() + checksum(stamp) + ARCHIVE_SUFFIX));
    }

    /**
     * What makes an archive or a background JVM stale: the jars' sizes and times, the JVM's version;
     * empty if the class path is not all jars (class-data sharing takes jars only).
     */
    Optional<String> stamp() {
      StringBuilder stamp = new StringBuilder();
      for (String entry : classPath.split(File.pathSeparator)) {
        Path path = Path.of(entry);
        if (!entry.endsWith(".jar") || !Files.isRegularFile(path)) {
          return Optional.empty();
        }
        try {
          stamp.append(Files.size(path)).append(' ').append(Files.getLastModifiedTime(path).toMillis()).append(' ');
        } catch (IOException e) {
          return Optional.empty();
        }
      }
      return Optional.of(stamp.append(System.getProperty("java.vm.version")).toString());
    }

    /**
     * Where a background JVM for this check would listen ({@link Daemon}), or empty when a check is
     * not one it serves: another command, a help or version request, {@value Daemon#VARIABLE} set
     * to {@code off}, {@value EvidenceGradingCommand#DEBUG} set, not Linux, no safe cache folder.
     */
    Optional<Daemon.Address> daemon() {
      if (!mayArchive || cache.isEmpty() || "off".equals(System.getenv(Daemon.VARIABLE))
          || System.getenv(EvidenceGradingCommand.DEBUG) != null || !Files.isDirectory(Path.of("/proc/self"))) {
        return Optional.empty();
      }
      for (String argument : args) {
        boolean shortOptions = argument.startsWith("-") && !argument.startsWith("--");
        if (argument.equals("--help") || argument.equals("--version") || argument.startsWith("@")
            || shortOptions && (argument.indexOf('h') >= 0 || argument.indexOf('V') >= 0)) {
          // Help is coloured on a terminal, which the background JVM has not (-hV, an @file of options).
          return Optional.empty();
        }
      }
      Optional<String> stamp = stamp();
      if (stamp.isEmpty() || !safeFolder(cache.get())) {
        return Optional.empty();
      }
      return Daemon.Address.of(cache.get(), installation(),
          stamp.get() + '\n' + Daemon.Address.context());
    }

    /** The background JVM's command line: the C2 compiler and the JVM's heap sizing, since it runs for minutes. */
    List<String> daemonCommand(Daemon.Address address) {
      List<String> command = jvm(false);
      command.add("-Xms64m"); // not the JVM's 1/64 of the memory: the heap shrinks to no less than this
      command.add("-XX:-ShrinkHeapInSteps"); // the heap a large check grew is given back at the first idle collection
      Optional<Path> archive = archive();
      if (archive.isPresent() && Files.isRegularFile(archive.get(), LinkOption.NOFOLLOW_LINKS)) {
        command.add("-XX:SharedArchiveFile=" + archive.get());
      }
      command.add("-D" + LAUNCHED + "=true");
      command.add("-cp");
      command.add(classPath);
      command.add(Daemon.class.getName());
      command.add(address.socket().toString());
      command.add(address.key());
      return command;
    }

    /** The JVM and the options every second JVM gets; for a short run, the C1 compiler only. */
    private List<String> jvm(boolean shortRun) {
      List<String> command = new ArrayList<>();
      command.add(java.toString());
      command.add("-XX:+IgnoreUnrecognizedVMOptions"); // a JVM other than HotSpot runs without them
      command.add("-XX:+DisplayVMOutputToStderr");
      command.add("-Xlog:disable");
      command.add("-Xlog:all=warning:stderr");
      command.add("-Xlog:cds*=off:stderr"); // an archive that does not fit is set aside silently
      if (shortRun) {
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:CICompilerCount=1"); // one compiler thread leaves the other core to the command
      }
      command.add("-XX:+UseSerialGC");
      command.add("-Xshare:auto");
      return command;
    }

    /**
     * The start of the names of this class path's archives for this JDK: the archives a rebuilt jar
     * or an updated JDK replaces. Another JDK's archive is not one of them: two JDKs used in turn
     * would otherwise remove each other's archive at every run.
     */
    private String owner() {
      return ARCHIVE_PREFIX + installation() + "-";
    }

    /** The checksum of the class path and the JDK's {@code java}: what an archive or a background JVM is for. */
    private String installation() {
      return checksum(classPath + File.pathSeparator + java);
    }

    /** The second JVM's command line; {@code dumpTo} is where it writes a new archive at exit, if anywhere. */
    List<String> command(Optional<Path> archive, Optional<Path> dumpTo) {
      List<String> command = jvm(!longRun);
      command.add("-Xmn32m"); // the young generation the garbage of a command is made and dies in, touched once
      if (dumpTo.isPresent()) {
        command.add("-XX:ArchiveClassesAtExit=" + dumpTo.get());
      } else if (archive.isPresent()) {
        command.add("-XX:SharedArchiveFile=" + archive.get());
      }
      command.add("-D" + LAUNCHED + "=true");
      command.add("-cp");
      command.add(classPath);
      command.add(MAIN);
      command.addAll(Arrays.asList(args));
      return command;
    }

    /** Runs the command in a second JVM; its exit status, or empty if it could not be started. */
    Optional<Integer> run() {
      Optional<Path> archive = archive();
      if (archive.isPresent() && !safeFolder(archive.get().getParent())) {
        archive = Optional.empty();
      }
      Optional<Path> dumpTo = Optional.empty();
      Optional<Path> missing = Optional.empty();
      if (archive.isPresent() && !Files.isRegularFile(archive.get(), LinkOption.NOFOLLOW_LINKS)) {
        // Named now, for the jar as it is now: a jar rebuilt during the run must not get this archive.
        missing = archive;
        dumpTo = mayArchive ? Optional.of(archive.get().resolveSibling(archive.get().getFileName() + ".tmp-" + ProcessHandle.current().pid()))
            : Optional.empty();
        archive = Optional.empty();
      }
      List<String> command = command(archive, dumpTo);
      if (System.getenv(EvidenceGradingCommand.DEBUG) != null) {
        new PrintStream(System.err, true, StandardCharsets.UTF_8).println("evidence-grading: running " + String.join(" ", command));
      }
      Process process;
      try {
        process = new ProcessBuilder(command).inheritIO().start();
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
      Thread stopper = new Thread(new Stopper(process), "evidence-grading-stopper");
      Runtime.getRuntime().addShutdownHook(stopper);
      int status;
      while (true) {
        try {
          status = process.waitFor();
          break;
        } catch (InterruptedException e) {
          // only this JVM's shutdown interrupts: the hook stops the second JVM
        }
      }
      if (dumpTo.isPresent()) {
        keep(dumpTo.get(), status == 0 || status == 1 ? missing : Optional.empty());
      }
      return Optional.of(status);
    }

    /**
     * Whether the cache folder exists or could be made, and only its owner may write to it (an
     * archive others could replace would be code they run; a socket others could replace, a report
     * they write).
     */
    private static boolean safeFolder(Path folder) {
      try {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(folder.getParent());
          Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
        return !permissions.contains(PosixFilePermission.GROUP_WRITE) && !permissions.contains(PosixFilePermission.OTHERS_WRITE)
            && Files.isWritable(folder);
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return false;
      }
    }

    /**
     * Moves a newly written archive into place, or removes it; removes the archives of this class
     * path that went stale, and temporary ones left by runs that were killed.
     */
    private void keep(Path written, Optional<Path> target) {
      try {
        if (target.isPresent() && Files.isRegularFile(written, LinkOption.NOFOLLOW_LINKS) && Files.size(written) > 0) {
          Files.move(written, target.get(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
          Files.deleteIfExists(written);
        }
        String ours = owner();
        List<Path> archives = new ArrayList<>();
        try (var entries = Files.newDirectoryStream(written.getParent(), ARCHIVE_PREFIX + "*")) {
          for (Path entry : entries) {
            if (entry.getFileName().toString().startsWith(ours) && stale(entry, target)) {
              Files.deleteIfExists(entry);
            } else if (entry.getFileName().toString().endsWith(ARCHIVE_SUFFIX)) {
              archives.add(entry);
            }
          }
        }
        if (target.isPresent()) {
          keepNewest(archives, target.get());
        }
      } catch (IOException | RuntimeException e) {
        // the archive is a cache: without it the next run makes one again
      }
    }

    /**
     * Removes the oldest archives beyond {@value #ARCHIVES_KEPT}: a jar run from many folders (work
     * trees, CI workspaces, each a class path of its own) leaves an archive for each.
     */
    private static void keepNewest(List<Path> archives, Path kept) throws IOException {
      if (archives.size() <= ARCHIVES_KEPT) {
        return;
      }
      archives.sort(Comparator.comparing(Launch::modified));
      for (Path old : archives.subList(0, archives.size() - ARCHIVES_KEPT)) {
        if (!old.equals(kept)) {
          Files.deleteIfExists(old);
        }
      }
    }

    private static FileTime modified(Path archive) {
      try {
        return Files.getLastModifiedTime(archive, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        return FileTime.fromMillis(0); // gone already, or unreadable: first to go
      }
    }

    private static boolean stale(Path entry, Optional<Path> kept) {
      String name = entry.getFileName().toString();
      if (kept.isPresent() && entry.equals(kept.get())) {
        return false;
      }
      int temporary = name.lastIndexOf(".tmp-");
      if (temporary < 0) {
        return name.endsWith(ARCHIVE_SUFFIX) && kept.isPresent(); // an archive of an older jar or JVM
      }
      return !Outputs.running(name.substring(temporary + 5)); // left by a run that was killed
    }

  }

  /** Eight hexadecimal digits naming a text: the CRC-32 of its UTF-8 bytes. */
  static String checksum(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    String hex = Long.toHexString(crc.getValue());
    return "0".repeat(8 - hex.length()) + hex;
  }

  /** The shutdown hook that stops the second JVM when this one is stopped before it. */
  private static final class Stopper implements Runnable {
    private final Process process;

    Stopper(Process process) {
      this.process = process;
    }

    @Override
    public void run() {
      if (process.isAlive()) {
        process.destroy();
        try {
          if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
          }
        } catch (InterruptedException e) {
          process.destroyForcibly();
        }
      }
    }
  }
}
