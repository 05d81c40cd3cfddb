package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.i18n.Lang;
import fr.raquette.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Running out of memory, in the command's thread or in a worker thread: exit 3, one message saying
 * how much memory Java had and how to give it more through bin/raquette, no stack trace.
 */
class OutOfMemoryTest {
  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    private final Supplier<RuntimeException> wrapped;

    Boom(Supplier<RuntimeException> wrapped) {
      this.wrapped = wrapped;
    }

    @Override
    public Integer call() {
      if (wrapped == null) {
        throw new OutOfMemoryError("Java heap space");
      }
      throw wrapped.get();
    }
  }

  private static Cli run(Lang lang, Boom boom) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter e = new PrintWriter(err, true);
    PrintWriter o = new PrintWriter(out, true);
    CommandLine cl = Main.commandLine(o, e, lang);
    cl.addSubcommand("boom", boom);
    // A subcommand added afterwards gets the streams only when they are set again.
    cl.setOut(o);
    cl.setErr(e);
    int code = Main.execute(cl, new String[] {"boom"}, Messages.of(lang), e);
    return new Cli(code, out.toString(), err.toString());
  }

  @Test
  void inTheCommandsThread() {
    Cli r = run(Lang.FR, new Boom(null));
    assertEquals(ExitCode.BAD_DATA, r.code(), r.err());
    long mb = Runtime.getRuntime().maxMemory() >> 20;
    assertTrue(r.err().startsWith("raquette : mémoire insuffisante : Java pouvait en utiliser "));
    assertTrue(r.err().replace("\u202f", "").replace("\u00a0", "").contains(mb + " Mo"), r.err());
    assertTrue(r.err().contains("JAVA_OPTS=-Xmx"), r.err());
    assertTrue(r.err().contains("g bin/raquette"), r.err());
    assertFalse(r.err().contains("\tat ") || r.err().contains("Error"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void inAWorkerThreadAndInEnglish() {
    Cli r = run(Lang.EN, new Boom(() -> new CompletionException(new OutOfMemoryError("heap"))));
    assertEquals(ExitCode.BAD_DATA, r.code(), r.err());
    assertTrue(r.err().startsWith("raquette: out of memory: Java could use at most "), r.err());
    assertFalse(r.err().contains("internal error") || r.err().contains("\tat "), r.err());
  }
}
