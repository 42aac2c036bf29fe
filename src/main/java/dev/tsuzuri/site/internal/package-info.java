/**
 * How a Hugo site's configuration is found ({@link dev.tsuzuri.site.internal.ConfigFiles}), parsed
 * ({@link dev.tsuzuri.site.internal.ConfigParser}: TOML through tomlj, YAML and JSON through
 * snakeyaml), merged ({@link dev.tsuzuri.site.internal.ConfigTree}) and turned into a {@link
 * dev.tsuzuri.site.Site} ({@link dev.tsuzuri.site.internal.SiteBuilder}).
 */
package dev.tsuzuri.site.internal;
