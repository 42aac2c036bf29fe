/** TrueType file rules shared by the writers' font code; not API. */
package dev.tsuzuri.font.internal;
