package dev.tsuzuri.cli;

/** Notes the serve tests preview (written for them). */
final class ServeNotes {
  /** A seminar note with two sessions; line 18 names a picture that does not exist. */
  static final String SEMINAR = """
      ---
      title: "春のクラウド勉強会 参加メモ"
      date: 2025-04-12T13:00:00+09:00
      tags: [サーバーレス, 勉強会]
      ---

      会場は満席で、後ろの席まで立ち見が出ていた。

      ## セッション1: サーバーレスの始め方

      - 小さく始めて、計測してから広げる
        - コールドスタートは言語とメモリ量で大きく変わる
        - 同時実行数の上限に注意
      - 料金は実行時間とリクエスト数の掛け算

      ## セッション2: 監視の話

      ![構成図](architecture.png)

      1. ログは構造化して出す
      2. アラートは「誰が起きるか」まで決めておく
      """;

  /** A draft. */
  static final String DRAFT = """
      ---
      title: "書きかけのアイデア"
      draft: true
      ---

      まだ下書き。
      """;

  private ServeNotes() {}
}
