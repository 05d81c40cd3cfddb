/**
 * Reading what users give and saying what is wrong: text files in any of their encodings (zips
 * included), CSV tables read by the fast path with Commons CSV as fallback, numbers in French or
 * international notation, and located problems ({@code file:line:col: message}). Depends on no
 * other package of Raquette.
 */
package fr.raquette.io;
