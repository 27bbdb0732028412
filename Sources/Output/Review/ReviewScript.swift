/// The review page's behaviour: a row selects its box and a box its row, the filters hide
/// rows and boxes together, arrow keys walk the rows. With `#selftest` in the address the page
/// checks itself once loaded and writes what it found into `<pre id="selftest">`, which a
/// headless browser's `--dump-dom` reads back (Tests/Review/review-page-test.py).
enum ReviewScript {
    static let javascript = """
        "use strict";
        const rows = Array.from(document.querySelectorAll("#figures tbody tr"));
        const boxes = Array.from(document.querySelectorAll(".box"));
        const boxOf = (fig) => document.getElementById("b" + fig);
        const rowOf = (fig) => document.getElementById("r" + fig);
        function select(fig, from) {
          for (const element of document.querySelectorAll(".on")) element.classList.remove("on");
          const row = rowOf(fig), box = boxOf(fig);
          if (row) {
            row.classList.add("on");
            if (from !== "row") row.scrollIntoView({ block: "center" });
          }
          if (box) {
            box.classList.add("on");
            if (from !== "box") box.scrollIntoView({ block: "center", inline: "center" });
          } else if (row && row.dataset.page) {
            const page = document.getElementById("p" + row.dataset.page);
            if (page) page.scrollIntoView({ block: "start" });
          }
        }
        for (const row of rows) {
          row.addEventListener("click", () => select(row.dataset.fig, "row"));
          row.addEventListener("keydown", (event) => {
            if (event.key === "Enter" || event.key === " ") { select(row.dataset.fig, "row"); event.preventDefault(); }
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
              const shown = rows.filter((r) => !r.classList.contains("hide"));
              const next = shown[shown.indexOf(row) + (event.key === "ArrowDown" ? 1 : -1)];
              if (next) { next.focus(); select(next.dataset.fig, "row"); }
              event.preventDefault();
            }
          });
        }
        for (const box of boxes) box.addEventListener("click", () => { select(box.dataset.fig, "box"); const row = rowOf(box.dataset.fig); if (row) row.focus({ preventScroll: true }); });
        const measure = document.getElementById("measure"), low = document.getElementById("low");
        function filter() {
          const wanted = measure.value, onlyLow = low.checked;
          let shown = 0;
          for (const row of rows) {
            const hidden = (wanted !== "*" && row.dataset.measure !== wanted) || (onlyLow && row.dataset.low !== "1");
            row.classList.toggle("hide", hidden);
            const box = boxOf(row.dataset.fig);
            if (box) box.classList.toggle("hide", hidden);
            if (!hidden) shown += 1;
          }
          document.getElementById("shown").textContent = shown;
          return shown;
        }
        measure.addEventListener("change", filter);
        low.addEventListener("change", filter);
        function selfTest() {
          const result = { rows: rows.length, boxes: boxes.length };
          const visible = (element, pane) => {
            const a = element.getBoundingClientRect(), b = pane.getBoundingClientRect();
            return a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;
          };
          const last = rows.filter((r) => boxOf(r.dataset.fig)).pop();
          if (last) {
            last.click();
            const on = Array.from(document.querySelectorAll(".box.on")).map((b) => b.dataset.fig);
            result.clicked = last.dataset.fig;
            result.highlighted = on;
            result.boxVisible = visible(boxOf(last.dataset.fig), document.getElementById("pages"));
          }
          const first = boxes.find((b) => b.dataset.fig !== result.clicked);
          if (first) {
            first.click();
            const row = document.querySelector("#figures tr.on");
            result.boxSelectsRow = row !== null && row.dataset.fig === first.dataset.fig;
            result.rowVisible = row !== null && visible(row, document.getElementById("table"));
          }
          const options = Array.from(measure.options).map((o) => o.value).filter((v) => v !== "*");
          if (options.length > 0) {
            measure.value = options[0];
            measure.dispatchEvent(new Event("change"));
            result.filterMeasure = options[0];
            result.filterShown = document.querySelectorAll("#figures tbody tr:not(.hide)").length;
            result.filterExpected = rows.filter((r) => r.dataset.measure === options[0]).length;
            result.filterBoxesHidden = boxes.filter((b) => b.classList.contains("hide")).length;
            measure.value = "*";
            measure.dispatchEvent(new Event("change"));
          }
          if (last) select(last.dataset.fig);
          const pre = document.createElement("pre");
          pre.id = "selftest";
          pre.textContent = JSON.stringify(result);
          document.body.appendChild(pre);
        }
        if (location.hash === "#selftest") selfTest();
        """
}
