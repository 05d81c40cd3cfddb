/**
 * {@code raquette init}: cutting a territory folder (a perimeter and its context ring) out of the
 * national files, rows copied as they are, with a manifest that says what was taken. May use:
 * {@code geo}, {@code io}, {@code load} (the roles and codes of files), {@code report} (output
 * folder), {@code territory}.
 */
package fr.raquette.init;
