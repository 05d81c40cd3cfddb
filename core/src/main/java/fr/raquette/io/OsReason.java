package fr.raquette.io;

import fr.raquette.i18n.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The reason the system gave for a failed read or write, in words: {@code permission denied},
 * {@code No space left on device}... Java's {@link AccessDeniedException} carries only the path in
 * its message, which lost the reason in Raquette's messages.
 */
public final class OsReason {
  private OsReason() {}

  public static String of(IOException e) {
    if (e instanceof AccessDeniedException) {
      return Messages.text("os.denied");
    }
    if (e instanceof NoSuchFileException) {
      return Messages.text("os.no.such");
    }
    if (e instanceof FileAlreadyExistsException) {
      return Messages.text("os.exists");
    }
    if (e instanceof NotDirectoryException) {
      return Messages.text("os.not.folder");
    }
    if (e instanceof DirectoryNotEmptyException) {
      return Messages.text("os.not.empty");
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
