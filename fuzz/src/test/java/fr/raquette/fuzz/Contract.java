package fr.raquette.fuzz;

import fr.raquette.io.DataException;

/**
 * The contract every reader keeps with any input: it returns, or throws {@link DataException} with
 * a message. Anything else that comes out (NullPointerException, IndexOutOfBoundsException,
 * ClassCastException, StackOverflowError, OutOfMemoryError...) reaches Jazzer as a finding.
 */
final class Contract {
  private Contract() {}

  static void onlyDataException(Runnable read) {
    try {
      read.run();
    } catch (DataException e) {
      if (e.problem() == null || e.problem().message().isBlank()) {
        throw new AssertionError("a DataException without a message", e);
      }
    }
  }
}
