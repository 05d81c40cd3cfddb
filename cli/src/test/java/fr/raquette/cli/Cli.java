package fr.raquette.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the tool as a user would, capturing what it prints. */
record Cli(int code, String out, String err) {
  static final Path SAMPLES = Path.of("..", "data-samples");

  /** Runs with an empty environment: French unless --lang says otherwise, whatever the machine. */
  static Cli run(String... args) {
    return runWith(java.util.Map.of(), args);
  }

  /** Runs with these environment variables (LC_ALL, LANG...). */
  static Cli runWith(java.util.Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
    return new Cli(code, out.toString(), err.toString());
  }

  /** Runs with an empty environment and this limit on one input file (-Draquette.maxFileBytes). */
  static Cli runLimited(long maxFileBytes, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            args,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            java.util.Map.of(),
            maxFileBytes);
    return new Cli(code, out.toString(), err.toString());
  }

  static String sample(String name) {
    return SAMPLES.resolve(name).toString();
  }
}
