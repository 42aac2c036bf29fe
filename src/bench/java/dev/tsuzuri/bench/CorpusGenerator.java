package dev.tsuzuri.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a corpus of realistic Japanese seminar notes for benchmarks: YAML front matter, one
 * {@code ##} section per session, bullets up to five levels deep with the sloppy indentation
 * hand-written notes have, code blocks, tables, links and emphasis. The same seed gives the same
 * corpus byte for byte.
 *
 * <p>Lengths come in two profiles. {@code real} (the default) follows the 27 real notes of the
 * project's reference set: mostly a meetup memo of one to three sessions (3–10 KB), one in eight
 * a conference day of five to ten (15–35 KB, like the 17 KB seed note). For seed 42 that gives a
 * median of 9 KB and a mean of 11 KB, a little over the reference set's 7 and 9.5 KB. {@code
 * long} is the first profile, kept to compare with earlier figures: two to seven sessions, one in
 * eight ten to seventeen (median 20 KB, mean 24 KB).
 *
 * <p>Self-contained (JDK only) so the bench script runs it with the source launcher:
 * {@code java src/bench/java/dev/tsuzuri/bench/CorpusGenerator.java N SEED DIR [real|long]}.
 */
public final class CorpusGenerator {
  private static final List<String> EVENTS = List.of("JAWS DAYS", "Cloud Native Meetup",
      "Serverless Conference", "Terraform勉強会", "Kubernetes Meetup Tokyo", "SRE NEXT",
      "DevOpsDays", "PHPカンファレンス", "Go Conference", "データエンジニアリング勉強会");
  private static final List<String> TOPICS = List.of("サーバーレス", "コンテナ", "監視",
      "オブザーバビリティ", "CI/CD", "インフラのコード化", "セキュリティ", "データ基盤",
      "マイクロサービス", "コスト最適化", "障害対応", "チーム運営", "ログ設計", "キャッシュ戦略");
  private static final List<String> SUBJECTS = List.of("Lambda", "ECS", "EKS", "DynamoDB",
      "S3", "CloudWatch", "Terraform", "Ansible", "Prometheus", "Grafana", "GitHub Actions",
      "Datadog", "Kafka", "BigQuery", "Fargate", "API Gateway", "Step Functions");
  private static final List<String> CLAIMS = List.of("は運用の手間が大きく減る",
      "を導入したらデプロイが週一から一日十回になった", "の設定は最初にきちんと決めておくべき",
      "は小さく始めて徐々に広げるのがよい", "のコストは思ったより読みにくい",
      "で障害の検知が五分から三十秒に短縮された", "はチームの合意がないと定着しない",
      "を使うとテストがしやすくなる", "のログはJSONで出すと後で楽", "は冪等に作ることが大事",
      "の権限設計でかなり悩んだ", "はマネージドサービスに任せるのが結局安い");
  private static final List<String> ASIDES = List.of("（ここ大事）", "※質疑応答より",
      "らしい", "とのこと", "、要確認", "。資料は後日公開予定", "", "", "");
  private static final List<String> SPEAKERS = List.of("山田さん", "佐藤さん", "鈴木さん",
      "高橋さん", "田中さん", "伊藤さん", "渡辺さん", "中村さん", "小林さん", "加藤さん");
  private static final List<String> LANGS = List.of("yaml", "bash", "python", "json", "hcl");

  private final Random random;
  private final boolean longNotes;

  CorpusGenerator(long seed, boolean longNotes) {
    this.random = new Random(seed);
    this.longNotes = longNotes;
  }

  /** Usage: {@code N SEED DIR [real|long]}; writes {@code DIR/note-00001.md} and so on. */
  public static void main(String[] args) throws IOException {
    if (args.length < 3 || args.length > 4
        || (args.length == 4 && !List.of("real", "long").contains(args[3]))) {
      System.err.println("usage: CorpusGenerator N SEED DIR [real|long]");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    boolean longNotes = args.length == 4 && args[3].equals("long");
    CorpusGenerator g = new CorpusGenerator(Long.parseLong(args[1]), longNotes);
    Path dir = Path.of(args[2]);
    Files.createDirectories(dir);
    long bytes = 0;
    for (int i = 1; i <= n; i++) {
      String note = g.note(i);
      byte[] b = note.getBytes(StandardCharsets.UTF_8);
      bytes += b.length;
      Files.write(dir.resolve(String.format("note-%05d.md", i)), b);
    }
    System.out.printf("%d notes, %d KB in %s%n", n, bytes / 1024, dir);
  }

  /** One note; the i-th note of a corpus with a given seed is always the same. */
  String note(int i) {
    StringBuilder sb = new StringBuilder(20_000);
    String event = pick(EVENTS) + " " + (2015 + random.nextInt(11));
    sb.append("---\n")
        .append("title: \"[勉強会メモ] ").append(event).append(" その").append(i).append("\"\n")
        .append("description: \"").append(event).append("の書き殴りメモ\"\n")
        .append(String.format("date: %d-%02d-%02dT19:30:00+09:00%n", 2015 + random.nextInt(11),
            1 + random.nextInt(12), 1 + random.nextInt(28)))
        .append("tags:\n  - seminar\n  - ").append(pick(SUBJECTS).toLowerCase().replace(' ', '-'))
        .append("\ndraft: false\n---\n\n");
    sb.append("# このドキュメントについて\n\n- ").append(event)
        .append("に参加したときのメモ。聞きながら書いたので誤りがあるかもしれない\n\n");
    // most notes are a few sessions long; one in eight is a long conference day
    boolean day = random.nextInt(8) == 0;
    int sessions = longNotes
        ? (day ? 10 + random.nextInt(8) : 2 + random.nextInt(6))
        : (day ? 5 + random.nextInt(6) : 1 + random.nextInt(3));
    for (int s = 1; s <= sessions; s++) {
      session(sb, s);
    }
    sb.append("## 感想\n\n").append(sentence()).append("。").append(sentence()).append("。\n");
    return sb.toString();
  }

  private void session(StringBuilder sb, int s) {
    String topic = pick(TOPICS);
    sb.append("## [").append(topic).append("] ").append(pick(SUBJECTS)).append("で始める")
        .append(topic).append(" 第").append(s).append("部\n\n");
    sb.append("登壇者: ").append(pick(SPEAKERS)).append("（**").append(pick(SUBJECTS))
        .append("**チーム）\n\n");
    int groups = 2 + random.nextInt(4);
    for (int g = 0; g < groups; g++) {
      bullets(sb, 0, 3);
      if (random.nextInt(4) == 0) {
        sb.append('\n');
        code(sb);
      }
    }
    if (random.nextInt(3) == 0) {
      sb.append('\n');
      table(sb);
    }
    sb.append('\n');
  }

  /** A bullet and its children, down to level five, indented 2 or 4 spaces as people do. */
  private void bullets(StringBuilder sb, int level, int siblings) {
    for (int k = 0; k < siblings; k++) {
      int indent = level == 0 ? 0 : level * (random.nextInt(5) == 0 ? 2 : 4);
      sb.append(" ".repeat(indent)).append("- ").append(item()).append('\n');
      if (level < 4 && random.nextInt(level + 2) == 0) {
        bullets(sb, level + 1, 1 + random.nextInt(4));
      }
    }
  }

  private String item() {
    return switch (random.nextInt(10)) {
      case 0 -> "`" + pick(SUBJECTS).toLowerCase() + "` " + pick(CLAIMS);
      case 1 -> "[" + pick(SUBJECTS) + "のドキュメント](https://example.com/docs/"
          + random.nextInt(1000) + ") を参照";
      case 2 -> "**" + pick(SUBJECTS) + "**" + pick(CLAIMS);
      default -> sentence();
    };
  }

  private String sentence() {
    return pick(SUBJECTS) + pick(CLAIMS) + pick(ASIDES);
  }

  private void code(StringBuilder sb) {
    String lang = pick(LANGS);
    sb.append("```").append(lang).append('\n');
    int lines = 3 + random.nextInt(10);
    for (int l = 0; l < lines; l++) {
      switch (lang) {
        case "yaml" -> sb.append("  ".repeat(l % 3)).append("key").append(l).append(": value-")
            .append(random.nextInt(100)).append('\n');
        case "bash" -> sb.append("aws ").append(pick(SUBJECTS).toLowerCase().replace(' ', '-'))
            .append(" describe --region ap-northeast-1 --id ").append(random.nextInt(99999))
            .append('\n');
        case "python" -> sb.append("    ".repeat(l % 2)).append("result_").append(l)
            .append(" = handler(event, context)  # ").append(pick(TOPICS)).append('\n');
        case "json" -> sb.append("  \"field").append(l).append("\": ").append(random.nextInt(500))
            .append(",\n");
        default -> sb.append("resource \"aws_instance\" \"web").append(l)
            .append("\" { ami = \"ami-").append(Integer.toHexString(random.nextInt()))
            .append("\" }\n");
      }
    }
    sb.append("```\n\n");
  }

  private void table(StringBuilder sb) {
    sb.append("| 項目 | 導入前 | 導入後 | 備考 |\n|---|---:|---:|---|\n");
    int rows = 2 + random.nextInt(5);
    for (int r = 0; r < rows; r++) {
      sb.append("| ").append(pick(SUBJECTS)).append(" | ").append(random.nextInt(100))
          .append(" 分 | ").append(random.nextInt(30)).append(" 分 | ").append(pick(TOPICS))
          .append(" |\n");
    }
    sb.append('\n');
  }

  private String pick(List<String> from) {
    return from.get(random.nextInt(from.size()));
  }
}
