package fr.raquette.cli;

import fr.raquette.i18n.Messages;
import fr.raquette.io.OutputException;
import fr.raquette.report.OutputFolder;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code -o FILE|-} and {@code --force}, shared by the commands that write one file: checked before
 * any work, written atomically (temporary file, then a move), never over an existing file without
 * {@code --force}.
 */
public final class OutputFileOptions {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE|-",
      defaultValue = "-")
  String output;

  @Option(names = "--force")
  boolean force;

  /** The file to write, or {@code null} for the standard output; refuses early what will fail. */
  Path target(CommandLine cl) {
    if ("-".equals(output)) {
      return null;
    }
    Path target;
    try {
      target = Path.of(output);
    } catch (InvalidPathException e) {
      throw new CommandLine.ParameterException(
          cl, Messages.current().get("output.invalid.name", output, e.getMessage()));
    }
    if (Files.isDirectory(target)) {
      throw new OutputException(Messages.current().get("output.is.folder", target));
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      throw new OutputException(Messages.current().get("output.not.regular", target));
    }
    if (Files.exists(target) && !force) {
      throw new OutputException(Messages.current().get("output.exists", target));
    }
    return target;
  }

  /** Writes the text to the target, or to {@code out} when the target is {@code null}. */
  void write(Path target, String text, PrintWriter out) {
    if (target == null) {
      out.print(text);
      out.flush();
    } else {
      OutputFolder.writeFile(target, text.getBytes(StandardCharsets.UTF_8), force);
    }
  }
}
