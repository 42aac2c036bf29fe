/** The HTML writer's options; the writer itself is in the {@code internal} package. */
package dev.tsuzuri.write.html;
