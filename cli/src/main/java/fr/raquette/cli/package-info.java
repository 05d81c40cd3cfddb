/**
 * The command line: one picocli class per command, shared options as mixins, exit codes in one
 * place ({@link fr.raquette.cli.ExitCode}, set by {@link fr.raquette.cli.Main}), progress on a
 * terminal. Nothing here computes: every command delegates to {@code core}.
 */
package fr.raquette.cli;
