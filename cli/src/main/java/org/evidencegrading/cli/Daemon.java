package org.evidencegrading.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The background JVM that runs the checks of later {@code java -jar evidence-grading.jar check}
 * commands, so that such a check costs a JVM start and the check itself, run by code the JIT
 * compilers have already compiled.
 *
 * <p>A check with no background JVM to serve it runs as before, in a second JVM ({@link Launcher});
 * the second such check from a folder within {@link #IDLE} then starts one (at most {@value
 * #MAX_LISTENING} in the cache folder), which warms up and listens on a Unix domain socket in the
 * cache folder (the one that holds the class-data-sharing archive; only its owner may write to it).
 * It answers only its own user, and a client talks only to a background JVM of its own user. The
 * socket's name is a checksum of everything a check's result may depend on besides its arguments:
 * the class path and the jars' sizes and times, the JDK, and the {@link Address#context() context}
 * (working folder, credentials, umask, variables), which the background JVM also compares whole.
 * A check with anything different is not its to serve.
 *
 * <p>The background JVM runs the checks one at a time, in the working folder it was started in (it
 * declines a check whose working folder is no longer that folder: a folder removed and made again
 * under the same name), and sends the command's standard output and error back, then its exit
 * status. A client it does not take within {@value #READY_MILLIS} ms (busy with another check) runs
 * its check itself. It stops after {@link #IDLE} without a check, when its socket is removed (the
 * cache folder cleared, even during a check), and after a check that failed on its own (exit
 * status 3: out of memory, an internal error), so that the next check has a fresh JVM. A check it
 * cannot serve for any reason, before anything was written, runs in a second JVM as if there were
 * none; {@value #VARIABLE}{@code =off} runs every check that way.
 */
public final class Daemon {

  /** The environment variable that, set to {@code off}, keeps checks from using a background JVM. */
  static final String VARIABLE = "EVIDENCE_GRADING_DAEMON";

  /** How long the background JVM waits for a check before it stops. */
  static final long IDLE = TimeUnit.MINUTES.toNanos(10);

  /** The protocol's version: a background JVM of another version declines. */
  private static final int VERSION = 1;

  /** The kinds of message the background JVM sends. */
  private static final byte OUT = 1;
  private static final byte ERR = 2;
  private static final byte EXIT = 3;
  private static final byte DECLINED = 4;
  private static final byte READY = 5;

  /** How long a client waits for the background JVM to take its check before it runs it itself. */
  private static final int READY_MILLIS = 1000;

  /** The most background JVMs the cache folder may hold: one per folder and jar checked again and again. */
  private static final int MAX_LISTENING = 4;

  /** The size of each write of a check's standard output, as a JVM's own standard output writes it. */
  private static final int OUT_WRITE = 8192;

  /** The mode of every file the background JVM and its clients make: its log holds checks' arguments. */
  private static final FileAttribute<Set<PosixFilePermission>> PRIVATE =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  /** The most bytes of output in one message, and of one string of a request. */
  private static final int BUFFER = 1 << 16;
  private static final int MAX_STRING = 1 << 20;
  private static final int MAX_ARGUMENTS = 1 << 12;

  /** The recommendations of each synthetic guideline the background JVM warms up on. */
  private static final int WARM_UP = 100;

  /** A heap larger than this (it starts at 64 MB) is collected, and so made smaller, when idle. */
  private static final long GROWN_HEAP = 128L << 20;

  /** The log is emptied after this many checks: one line each. */
  private static final int LOG_CHECKS = 1000;

  /** A Unix domain socket's path holds 108 bytes on Linux, the terminating zero included. */
  private static final int MAX_SOCKET_PATH = 100;

  /** The variables, besides {@code LC_*} and {@code EVIDENCE_GRADING_*}, a check may depend on. */
  private static final List<String> CONTEXT_VARIABLES = List.of("HOME", "LANG", "TMPDIR", "TZ", "XDG_CACHE_HOME");

  private Daemon() {}

  /** Where a background JVM listens, and the checksum that names it. */
  static final class Address {
    private final Path socket;
    private final String key;

    Address(Path socket, String key) {
      this.socket = socket;
      this.key = key;
    }

    /**
     * The address in the cache folder for a class path and JDK ({@code owner}) and what else a
     * check depends on ({@code context}); empty when its path is too long for a socket.
     */
    static Optional<Address> of(Path cache, String owner, String context) {
      String key = owner + Launcher.checksum(context);
      Path socket = cache.resolve("daemon-" + key + ".sock");
      if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
        return Optional.empty();
      }
      return Optional.of(new Address(socket, key));
    }

    /**
     * What a check's result may depend on besides its arguments and the jars: the working folder
     * (relative paths), the umask, group and supplementary groups (the mode and group of a new
     * report, which files may be read), and the variables for the locale, time zone, home,
     * temporary and cache folders and this tool.
     */
    static String context() {
      StringBuilder context = new StringBuilder(Path.of("").toAbsolutePath().toString());
      context.append('\n').append(credentials());
      for (Map.Entry<String, String> variable : new TreeMap<>(System.getenv()).entrySet()) {
        String name = variable.getKey();
        if (CONTEXT_VARIABLES.contains(name) || name.startsWith("LC_") || name.startsWith("EVIDENCE_GRADING_")) {
          context.append('\n').append(name).append('=').append(variable.getValue());
        }
      }
      return context.toString();
    }

    private static String credentials() {
      StringBuilder credentials = new StringBuilder();
      try {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.ISO_8859_1)) {
          if (line.startsWith("Umask:") || line.startsWith("Uid:") || line.startsWith("Gid:") || line.startsWith("Groups:")) {
            credentials.append(line).append('\n');
          }
        }
      } catch (IOException e) {
        // not readable: told apart by the variables only
      }
      return credentials.toString();
    }

    Path socket() {
      return socket;
    }

    String key() {
      return key;
    }

    Path lock() {
      return socket.resolveSibling("daemon-" + key + ".lock");
    }

    Path log() {
      return socket.resolveSibling("daemon-" + key + ".log");
    }

    /** Marks a check that found no background JVM: the second within {@link #IDLE} starts one. */
    Path wanted() {
      return socket.resolveSibling("daemon-" + key + ".wanted");
    }
  }

  /**
   * Has the background JVM at this address run the check, relaying its output; its exit status, or
   * empty if none listens or it declined before writing anything (the caller runs the check).
   */
  static Optional<Integer> ask(Address address, String[] args) {
    SocketChannel channel;
    try {
      channel = SocketChannel.open(UnixDomainSocketAddress.of(address.socket()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // none listens
    }
    try (channel) {
      if (!ownedByMe(channel) || !ready(channel)) {
        return Optional.empty();
      }
      DataOutputStream request = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER));
      request.writeInt(VERSION);
      writeString(request, address.key());
      writeString(request, Address.context());
      request.writeInt(args.length);
      String encoding = System.getProperty("sun.jnu.encoding", StandardCharsets.UTF_8.name());
      for (String argument : args) {
        // as a second JVM would get it: through the platform's encoding of command lines
        writeString(request, new String(argument.getBytes(Charset.forName(encoding)), Charset.forName(encoding)));
      }
      request.flush();
      return relay(new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), BUFFER + 8)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // it stopped before the request was sent
    }
  }

  /** Whether the process listening runs as this process's user: another could choose the output. */
  private static boolean ownedByMe(SocketChannel channel) {
    try {
      UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
      return peer.user().equals(Files.getOwner(Path.of("/proc/self"))); // /proc/self is owned by this process's user
    } catch (IOException | RuntimeException | LinkageError e) {
      return false;
    }
  }

  /**
   * Whether the background JVM took this connection within {@link #READY_MILLIS}: it serves one
   * check at a time, and a check waiting for another (a report piped into a pager) runs as if
   * there were none instead. Nothing was sent, so nothing runs twice.
   */
  private static boolean ready(SocketChannel channel) throws IOException {
    channel.configureBlocking(false);
    try (Selector selector = Selector.open()) {
      channel.register(selector, SelectionKey.OP_READ);
      if (selector.select(READY_MILLIS) == 0) {
        return false;
      }
    }
    channel.configureBlocking(true);
    ByteBuffer ready = ByteBuffer.allocate(1);
    return channel.read(ready) == 1 && ready.get(0) == READY;
  }

  /** Passes the background JVM's output on to this process's standard output and error. */
  private static Optional<Integer> relay(DataInputStream response) {
    OutputStream out = new FileOutputStream(FileDescriptor.out);
    OutputStream err = new FileOutputStream(FileDescriptor.err);
    byte[] buffer = new byte[BUFFER];
    IOException outFailure = null;
    boolean relayed = false;
    try {
      while (true) {
        byte kind = response.readByte();
        if (kind == EXIT) {
          int status = response.readInt();
          if (outFailure != null) {
            say("cannot write to standard output: " + Outputs.reason(outFailure));
            return Optional.of(EvidenceGradingCommand.FAILURE);
          }
          return Optional.of(status);
        } else if (kind == DECLINED && !relayed) {
          return Optional.empty();
        } else if (kind != OUT && kind != ERR) {
          throw new IOException("unknown message " + kind);
        }
        int length = response.readInt();
        if (length < 0 || length > BUFFER) {
          throw new IOException("a message of " + length + " bytes");
        }
        response.readFully(buffer, 0, length);
        relayed = true;
        if (kind == ERR) {
          write(err, buffer, length);
        } else if (outFailure == null) {
          try {
            for (int offset = 0; offset < length; offset += OUT_WRITE) {
              // in the writes a JVM's own standard output makes, so that a pipe closed early fails alike
              out.write(buffer, offset, Math.min(OUT_WRITE, length - offset));
            }
          } catch (IOException e) {
            outFailure = e; // the rest is read and dropped, as a report to a closed pipe is
          }
        }
      }
    } catch (IOException e) {
      if (!relayed) {
        return Optional.empty(); // it stopped before it wrote anything: the check runs here instead
      }
      say("the background JVM stopped during the check; run it again, or with " + VARIABLE + "=off");
      return Optional.of(EvidenceGradingCommand.FAILURE);
    }
  }

  private static void write(OutputStream stream, byte[] bytes, int length) {
    try {
      stream.write(bytes, 0, length);
    } catch (IOException e) {
      // standard error is gone: nothing is left to say it on
    }
  }

  private static void say(String message) {
    byte[] line = ("evidence-grading: " + message + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
    write(new FileOutputStream(FileDescriptor.err), line, line.length);
  }

  /**
   * Starts a background JVM with this command line, unless one holds the address's lock (it is
   * warming up), detached from this process's input and output (its own messages go to its log in
   * the cache folder); a failure to start is ignored: the next check runs as this one did.
   */
  static void start(List<String> command, Address address) {
    try {
      if (!wantedAgain(address)) {
        return;
      }
      try (FileChannel lock = FileChannel.open(address.lock(), Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), PRIVATE);
          FileLock held = lock.tryLock()) {
        if (held == null) {
          return; // one is starting, warming up before it listens
        }
      }
      if (!Files.exists(address.log(), LinkOption.NOFOLLOW_LINKS)) {
        Files.createFile(address.log(), PRIVATE); // it holds the checks' arguments and folders
      }
      new ProcessBuilder(command)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.appendTo(address.log().toFile()))
          .start();
    } catch (IOException | RuntimeException e) {
      // no background JVM: checks run as before
    }
  }

  /**
   * Whether a check found no background JVM at this address before, within {@link #IDLE}: a folder
   * checked once gets none (each costs seconds of CPU to warm up, and memory while it waits), nor
   * may the cache folder hold more than {@value #MAX_LISTENING}. Marks this check, and removes the
   * marks of checks too old to count.
   */
  private static boolean wantedAgain(Address address) throws IOException {
    Path wanted = address.wanted();
    long now = System.currentTimeMillis();
    boolean again = false;
    int listening = 0;
    try (var entries = Files.newDirectoryStream(wanted.getParent(), "daemon-*")) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.endsWith(".sock")) {
          listening++;
        } else if (name.endsWith(".wanted")) {
          boolean recent = now - Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toMillis() < TimeUnit.NANOSECONDS.toMillis(IDLE);
          if (entry.equals(wanted)) {
            again = recent;
          } else if (!recent) {
            Files.deleteIfExists(entry);
          }
        }
      }
    }
    if (again && listening < MAX_LISTENING) {
      Files.deleteIfExists(wanted);
      return true;
    }
    if (Files.exists(wanted, LinkOption.NOFOLLOW_LINKS)) {
      Files.setLastModifiedTime(wanted, FileTime.fromMillis(now));
    } else {
      Files.createFile(wanted, PRIVATE);
    }
    return false;
  }

  /** The background JVM: {@code Daemon SOCKET KEY}. */
  public static void main(String[] args) {
    Address address = new Address(Path.of(args[0]), args[1]);
    try {
      new Server(address).serve();
    } catch (IOException | RuntimeException e) {
      Server.log("stopped: " + e);
    }
    System.exit(0);
  }

  private static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_STRING) {
      throw new IOException("a string of " + length + " bytes");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes); // a request cut short is not run
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The listening side: one check at a time, in the working folder it was started in. */
  private static final class Server {
    private final Address address;
    private final String context = Address.context();
    private FileChannel lock; // held while this JVM lives
    private Object socketFile;
    private Object folder;
    private boolean busy;
    private long lastCheck = System.nanoTime();
    private long checks;

    Server(Address address) {
      this.address = address;
    }

    void serve() throws IOException {
      lock = FileChannel.open(address.lock(), Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), PRIVATE);
      if (lock.tryLock() == null) {
        return; // another background JVM serves this address
      }
      emptyLog(); // the log of this JVM only
      folder = fileKey(Path.of("/proc/self/cwd"));
      long start = System.nanoTime();
      warmUp();
      log("warmed up in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
      Files.deleteIfExists(address.socket()); // left by a background JVM that was killed
      ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      server.bind(UnixDomainSocketAddress.of(address.socket()));
      Files.setPosixFilePermissions(address.socket(), PosixFilePermissions.fromString("rw-------"));
      socketFile = fileKey(address.socket());
      Runtime.getRuntime().addShutdownHook(new Thread(this::removeFiles, "evidence-grading-cleanup")); // also when killed
      Thread watchdog = new Thread(this::watch, "evidence-grading-watchdog");
      watchdog.setDaemon(true);
      watchdog.start();
      log("pid " + ProcessHandle.current().pid() + " serves checks in " + Path.of("").toAbsolutePath() + " on " + address.socket());
      while (true) {
        SocketChannel client = server.accept(); // a socket that fails here stops this JVM
        synchronized (this) {
          busy = true;
        }
        boolean fresh = true;
        try (client) {
          fresh = serve(client);
        } catch (IOException e) {
          log("a check failed: " + e); // its client went away, or sent what no client sends
        } finally {
          synchronized (this) {
            busy = false;
            lastCheck = System.nanoTime();
            checks++;
          }
        }
        if (checks % LOG_CHECKS == 0) {
          emptyLog();
        }
        if (!fresh) {
          stop("the next check needs a fresh JVM");
        }
      }
    }

    /**
     * Runs the commands a check runs on synthetic guidelines of both systems, YAML and JSON, to text
     * and JSON reports, before the socket is made: the first check served then runs compiled code.
     */
    private static void warmUp() throws IOException {
      Path folder = Files.createTempDirectory("evidence-grading-warm-up-");
      try {
        for (String system : List.of("NASS", "GRADE")) {
          String yaml = folder.resolve(system + ".yaml").toString();
          String json = folder.resolve(system + ".json").toString();
          quietly("generate", "--system", system, "--recommendations", String.valueOf(WARM_UP), "-o", yaml);
          quietly("convert", yaml, "-o", json);
          for (String file : List.of(yaml, json)) {
            quietly("check", file);
            quietly("check", file, "--format", "json");
          }
        }
      } finally {
        try (var files = Files.list(folder)) {
          for (Path file : (Iterable<Path>) files::iterator) {
            Files.deleteIfExists(file);
          }
        }
        Files.deleteIfExists(folder);
      }
    }

    private static void quietly(String... args) {
      PrintWriter none = new PrintWriter(Writer.nullWriter());
      EvidenceGradingCommand.run(args, StandardOutput.over(Writer.nullWriter()), none);
    }

    private void emptyLog() {
      try (FileChannel log = FileChannel.open(address.log(), StandardOpenOption.WRITE)) {
        log.truncate(0);
      } catch (IOException e) {
        // no log: nothing is lost but messages
      }
    }

    /** Runs one client's check; false if this JVM should not serve another. */
    private boolean serve(SocketChannel client) throws IOException {
      if (!sameUser(client)) {
        return true;
      }
      DataInputStream request = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
      DataOutputStream response = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client), BUFFER + 8));
      response.writeByte(READY);
      response.flush();
      int version = request.readInt();
      String key = version == VERSION ? readString(request) : "";
      if (!key.equals(address.key())) {
        decline(response);
        return true;
      }
      String clientContext = readString(request);
      int count = request.readInt();
      if (count < 0 || count > MAX_ARGUMENTS) {
        throw new IOException(count + " arguments");
      }
      String[] args = new String[count];
      for (int i = 0; i < count; i++) {
        args[i] = readString(request);
      }
      if (!clientContext.equals(context)) {
        decline(response); // a checksum's collision: another folder, umask, group or locale
        return true;
      }
      if (!Objects.equals(fileKey(Path.of("").toAbsolutePath()), folder)) { // the folder now at its name
        decline(response); // the folder was removed and made again: relative paths would name the old one
        return false;
      }
      long start = System.nanoTime();
      StandardOutput out = StandardOutput.over(new OutputStreamWriter(Messages.of(response, OUT), StandardCharsets.UTF_8));
      PrintWriter err = new PrintWriter(new OutputStreamWriter(Messages.of(response, ERR), StandardCharsets.UTF_8), true);
      int status = EvidenceGradingCommand.run(args, out, err);
      err.flush();
      response.writeByte(EXIT);
      response.writeInt(status);
      response.flush();
      log("ran " + String.join(" ", args).replace('\n', ' ') + ": exit status " + status + " in "
          + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
      return status != EvidenceGradingCommand.FAILURE;
    }

    private static void decline(DataOutputStream response) throws IOException {
      response.writeByte(DECLINED);
      response.flush();
    }

    /** Whether the client runs as this JVM's user, who owns the socket. */
    private boolean sameUser(SocketChannel client) {
      try {
        UnixDomainPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
        return peer.user().equals(Files.getOwner(address.socket(), LinkOption.NOFOLLOW_LINKS));
      } catch (IOException | RuntimeException | LinkageError e) {
        log("a client whose user cannot be told was refused: " + e);
        return false;
      }
    }

    /** Stops this JVM when it has been idle too long or its socket is gone; collects its garbage when idle. */
    private void watch() {
      long collectedAfter = -1;
      while (true) {
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
        if (!Objects.equals(fileKey(address.socket()), socketFile)) {
          log("stopped: its socket was removed");
          System.exit(0); // even during a check: its client is told the background JVM stopped
        }
        long idle;
        long served;
        synchronized (this) {
          if (busy) {
            continue;
          }
          idle = System.nanoTime() - lastCheck;
          served = checks;
        }
        if (idle > IDLE) {
          stop("idle for " + TimeUnit.NANOSECONDS.toMinutes(IDLE) + " minutes");
        } else if (served != collectedAfter && idle > TimeUnit.SECONDS.toNanos(2)) {
          if (Runtime.getRuntime().totalMemory() > GROWN_HEAP) {
            System.gc(); // the heap a large check grew is given back while the JVM waits
          }
          collectedAfter = served;
        }
      }
    }

    /** Stops this JVM unless a check is running. */
    private synchronized void stop(String why) {
      if (busy) {
        return;
      }
      log("stopped: " + why);
      System.exit(0); // the shutdown hook removes the files
    }

    /** Removes the socket, lock and log, as the JVM exits, if the socket is still this JVM's or gone. */
    private void removeFiles() {
      try {
        Object socket = fileKey(address.socket());
        if (socket == null || socket.equals(socketFile)) {
          // A background JVM that opened the lock file before it is removed may start, and so may one
          // that makes it again: the second replaces the first's socket, and the first stops.
          Files.deleteIfExists(address.socket());
          Files.deleteIfExists(address.lock());
          Files.deleteIfExists(address.log());
          Files.deleteIfExists(address.wanted());
        } // else another background JVM listens on this address, with these files
      } catch (IOException e) {
        // the next background JVM removes the socket; the others are small
      }
    }

    /** The identity of a file (device and inode), or null if it does not exist. */
    private static Object fileKey(Path path) {
      try {
        return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
      } catch (NoSuchFileException e) {
        return null;
      } catch (IOException e) {
        return e.getClass();
      }
    }

    static void log(String message) {
      System.err.println(Instant.now() + " " + message);
    }
  }

  /**
   * Output sent as messages of one kind, each write one message or more of at most {@link #BUFFER}
   * bytes; a {@link BufferedOutputStream} in front gathers the writes.
   */
  private static final class Messages extends OutputStream {
    private final DataOutputStream response;
    private final byte kind;

    private Messages(DataOutputStream response, byte kind) {
      this.response = response;
      this.kind = kind;
    }

    /** The command's output of one kind, gathered into messages of up to {@link #BUFFER} bytes. */
    static OutputStream of(DataOutputStream response, byte kind) {
      return new BufferedOutputStream(new Messages(response, kind), BUFFER);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, bytes.length);
      while (length > 0) {
        int n = Math.min(length, BUFFER);
        synchronized (response) {
          response.writeByte(kind);
          response.writeInt(n);
          response.write(bytes, offset, n);
          response.flush();
        }
        offset += n;
        length -= n;
      }
    }
  }
}
