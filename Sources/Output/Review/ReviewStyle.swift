/// The review page's style sheet: pages on the left, the figures table on the right, each
/// scrolling on its own, so a row and its box are seen together on a laptop screen.
enum ReviewStyle {
    /// System fonts that carry every Vietnamese mark (no web font: the file stands alone).
    static let css = """
        :root { --line: #d0d4da; --ink: #1b1f24; --soft: #5b6470; --on: #ffd400; }
        * { box-sizing: border-box; }
        html, body { margin: 0; height: 100%; }
        body { font: 14px/1.45 "Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif;
          color: var(--ink); background: #eef0f3; display: flex; flex-direction: column; }
        header { padding: 8px 14px; background: #fff; border-bottom: 1px solid var(--line);
          display: flex; flex-wrap: wrap; gap: 6px 18px; align-items: center; }
        header h1 { font-size: 16px; margin: 0; font-weight: 600; }
        header .meta { color: var(--soft); }
        header label { display: inline-flex; gap: 6px; align-items: center; }
        select, input { font: inherit; }
        main { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 1fr) minmax(440px, 48%); }
        #pages, #table { overflow: auto; min-height: 0; }
        #pages { padding: 12px; }
        .page { margin: 0 auto 18px; max-width: 900px; }
        .page h2 { font-size: 13px; color: var(--soft); margin: 0 0 4px; font-weight: 600; }
        .sheet { position: relative; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
        .sheet img { display: block; width: 100%; height: auto; }
        .box { position: absolute; padding: 0; margin: 0; border: 2px solid var(--c); background: transparent;
          border-radius: 2px; cursor: pointer; }
        .box:hover, .box:focus-visible { background: color-mix(in srgb, var(--c) 18%, transparent); outline: none; }
        .box.on { border-width: 3px; background: color-mix(in srgb, var(--on) 35%, transparent);
          box-shadow: 0 0 0 3px var(--on); z-index: 2; }
        .text { background: #fff; padding: 14px 18px; box-shadow: 0 1px 4px rgba(0,0,0,.25);
          white-space: pre-wrap; font-size: 13px; }
        mark.box { position: static; border-width: 0 0 3px; background: color-mix(in srgb, var(--c) 14%, transparent);
          color: inherit; }
        .restored { margin-top: 6px; background: #fff; padding: 6px 10px; font-size: 13px; }
        .restored table { border-collapse: collapse; width: 100%; }
        .restored td { border-top: 1px solid var(--line); padding: 2px 6px; vertical-align: top; width: 50%; }
        .restored td:first-child { color: var(--soft); }
        #table table { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px; }
        #table th { position: sticky; top: 0; background: #f7f8fa; text-align: left; padding: 6px;
          border-bottom: 1px solid var(--line); z-index: 1; }
        #table td { padding: 4px 6px; border-bottom: 1px solid #eceef1; vertical-align: top; }
        #table td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        #table tr { cursor: pointer; }
        #table tr:hover td { background: #f3f6fb; }
        #table tr:focus-visible { outline: 2px solid #2f6fde; outline-offset: -2px; }
        #table tr.on td { background: color-mix(in srgb, var(--on) 30%, #fff); }
        .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; background: var(--c);
          margin-right: 6px; vertical-align: baseline; }
        .low { color: #b3261e; font-weight: 600; }
        .hide { display: none !important; }
        #selftest { margin: 0; padding: 2px 8px; font-size: 11px; background: #fff; white-space: pre-wrap; }
        @media (max-width: 1000px) { main { grid-template-columns: 1fr; } #pages { max-height: 60vh; } }
        """
}
