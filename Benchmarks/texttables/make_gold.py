#!/usr/bin/env python3
"""Writes the gold JSON reports of the text-table header dev set (every place, person and
number invented) into OUTDIR: tt01 (two-row header, a merged cell over three narrow
columns), tt02 (three-row header, merged cells over merged cells), tt03 (two merged cells side
by side over narrow numeric columns), tt04 (a dense header of long words over narrow numeric
columns), tt05 (a table running over two pages, its header repeated). Render them with
  Benchmarks/texttables/render.sh OUTDIR
(mkbench.sh: NAME.digital.pdf and NAME.pages.txt, pdftotext -layout rows)."""
import json
import random
import sys

rng = random.Random(2026)
PLACES = ["Xã Suối Mây", "Xã Đồng Vạn", "Xã Gò Nhãn", "Thị trấn Bến Liễu", "Xã Phú Lạc Hạ",
          "Xã Nà Khoang", "Xã Hồ Sậy", "Xã Tân Điền (gồm cả thôn Rừng Chẹo sáp nhập)", "Xã Lũng Cót",
          "Xã An Vỹ", "Xã Cao Phong Thượng", "Xã Đá Mài"]


def fmt(n):
    return f"{n:,}".replace(",", ".")


def pct(a, b):
    return "-" if b == 0 else f"{100 * a / b:.1f}".replace(".", ",").replace(",0", "") if a != b else "100"


def spans_and_rows(head, body):
    rows = head + body
    return rows


def tt01():
    head = [["STT", "Đơn vị", "Tổng số đơn nhận", "Chia theo loại đơn", "Chia theo loại đơn", "Chia theo loại đơn", "Đơn đủ điều kiện xử lý"],
            ["STT", "Đơn vị", "Tổng số đơn nhận", "Khiếu nại", "Tố cáo", "Kiến nghị, phản ánh", "Đơn đủ điều kiện xử lý"]]
    body = []
    for i, place in enumerate(PLACES[:9], 1):
        k, t, p = rng.randint(0, 14), rng.randint(0, 5), rng.randint(3, 40)
        body.append([str(i), place, str(k + t + p), str(k) if k else "-", str(t) if t else "-", str(p), str(rng.randint(2, k + t + p))])
    return {"kind": "table", "label": "Phụ lục 02", "title": ["PHÂN LOẠI ĐƠN THƯ QUÝ III NĂM 2026"], "header_rows": 2,
            "rows": head + body, "spans": [[0, 0, 2, 1], [0, 1, 2, 1], [0, 2, 2, 1], [0, 3, 1, 3], [0, 6, 2, 1]]}


def tt02():
    head = [["STT", "Cơ quan tiếp", "Tiếp công dân", "Tiếp công dân", "Tiếp công dân", "Tiếp công dân", "Số vụ việc"],
            ["STT", "Cơ quan tiếp", "Thường xuyên", "Thường xuyên", "Định kỳ, đột xuất", "Định kỳ, đột xuất", "Số vụ việc"],
            ["STT", "Cơ quan tiếp", "Lượt", "Người", "Lượt", "Người", "Số vụ việc"]]
    body = []
    for i, place in enumerate(["Ban Tiếp công dân huyện Mộc Lâm", "Chủ tịch UBND huyện", "Phòng Tài nguyên và Môi trường",
                               "UBND xã Gò Nhãn", "UBND thị trấn Bến Liễu", "UBND xã Lũng Cót", "UBND xã An Vỹ"], 1):
        a, c = rng.randint(10, 300), rng.randint(1, 30)
        body.append([str(i), place, fmt(a), fmt(a + rng.randint(0, 90)), str(c), str(c + rng.randint(0, 12)), str(rng.randint(5, a))])
    return {"kind": "table", "label": "Biểu số 04/TD", "title": ["KẾT QUẢ TIẾP CÔNG DÂN 9 THÁNG NĂM 2026"], "header_rows": 3,
            "rows": head + body, "spans": [[0, 0, 3, 1], [0, 1, 3, 1], [0, 2, 1, 4], [1, 2, 1, 2], [1, 4, 1, 2], [0, 6, 3, 1]]}


def tt03():
    head = [["TT", "Địa bàn", "Đơn thuộc thẩm quyền", "Kết quả giải quyết", "Kết quả giải quyết", "Kết quả giải quyết", "Vụ việc đông người", "Vụ việc đông người"],
            ["TT", "Địa bàn", "Đơn thuộc thẩm quyền", "Đã giải quyết", "Đang giải quyết", "Tỷ lệ (%)", "Số vụ", "Số người"]]
    body = []
    for i, place in enumerate(PLACES[3:12], 1):
        n = rng.randint(4, 60)
        d = rng.randint(n // 2, n)
        v = rng.randint(0, 3)
        body.append([str(i), place, str(n), str(d), str(n - d) if n - d else "-", pct(d, n), str(v) if v else "-", str(v * rng.randint(6, 25)) if v else "-"])
    return {"kind": "table", "label": "Phụ lục 03", "title": ["KẾT QUẢ GIẢI QUYẾT ĐƠN THUỘC THẨM QUYỀN"], "header_rows": 2,
            "rows": head + body, "spans": [[0, 0, 2, 1], [0, 1, 2, 1], [0, 2, 2, 1], [0, 3, 1, 3], [0, 6, 1, 2]]}


def tt04():
    # Long Vietnamese words over narrow numeric columns: pdftotext runs the header's words
    # together one space apart and sets them off the figures below.
    head = [["STT", "Cơ quan, đơn vị", "Số cuộc thanh tra, kiểm tra", "Số đơn vị được thanh tra", "Sai phạm phát hiện",
             "Sai phạm phát hiện", "Kiến nghị xử lý hành chính", "Chuyển cơ quan điều tra"],
            ["STT", "Cơ quan, đơn vị", "Số cuộc thanh tra, kiểm tra", "Số đơn vị được thanh tra", "Số tiền (triệu đồng)",
             "Diện tích đất (m²)", "Kiến nghị xử lý hành chính", "Chuyển cơ quan điều tra"]]
    body = []
    for i, place in enumerate(["Thanh tra huyện Mộc Lâm", "Phòng Tài chính - Kế hoạch", "Phòng Tài nguyên và Môi trường",
                               "Phòng Giáo dục và Đào tạo", "UBND xã Suối Mây", "UBND xã Đồng Vạn", "UBND xã Gò Nhãn",
                               "UBND thị trấn Bến Liễu"], 1):
        c = rng.randint(1, 9)
        u = c + rng.randint(0, 6)
        body.append([str(i), place, str(c), str(u), fmt(rng.randint(12, 2400)), fmt(rng.randint(0, 5000)) if rng.random() < 0.7 else "-",
                     str(rng.randint(0, 7)), "-" if rng.random() < 0.7 else str(rng.randint(1, 2))])
    return {"kind": "table", "label": "Phụ lục 05", "title": ["KẾT QUẢ THANH TRA, KIỂM TRA NĂM 2026"], "header_rows": 2,
            "rows": head + body, "spans": [[0, 0, 2, 1], [0, 1, 2, 1], [0, 2, 2, 1], [0, 3, 2, 1], [0, 4, 1, 2], [0, 6, 2, 1], [0, 7, 2, 1]]}


def tt05():
    # A table running over two pages, its header rows repeated on the second.
    head = [["TT", "Xã, thị trấn", "Tổng số đơn", "Khiếu nại", "Tố cáo", "Kiến nghị, phản ánh", "Đã giải quyết"]]
    hamlets = ["Suối Mây", "Đồng Vạn", "Gò Nhãn", "Phú Lạc Hạ", "Nà Khoang", "Hồ Sậy", "Tân Điền", "Lũng Cót", "An Vỹ",
               "Cao Phong Thượng", "Đá Mài", "Bản Giốc Hạ", "Khe Lau", "Pù Lìu", "Vàng Sao", "Thượng Lộc", "Đồng Cỏ Mật",
               "Bãi Sậy", "Nậm Chà", "Phố Mới", "Trà Lĩnh Đông", "Hòa Sơn", "Tiên Lãng Hạ", "Bình Phước", "Yên Cư",
               "Minh Đức", "Đại Thành", "Sơn Lập", "Lạc Thủy", "Quang Lộc", "Đông Hưng", "Vĩnh Trạch", "Kim Bôi",
               "Mỹ Hòa", "Phong Nẫm", "Tân Mỹ", "Hưng Đạo", "Cẩm Thượng", "Nghĩa Lộ", "Thạch Khoán", "Ea Rốc",
               "Hồng Phong", "Suối Hoa", "Chiềng Sại", "Tả Van Thượng", "Phú Hòa Đông", "Lộc Sơn"]
    body = []
    for i, hamlet in enumerate(hamlets, 1):
        k, t, p = rng.randint(0, 6), rng.randint(0, 3), rng.randint(2, 30)
        name = ("Thị trấn " if i == 10 else "Xã ") + hamlet
        body.append([str(i), name, str(k + t + p), str(k) if k else "-", str(t) if t else "-", str(p), str(rng.randint(1, k + t + p))])
    return {"kind": "table", "label": "Phụ lục 06", "title": ["TIẾP NHẬN ĐƠN THƯ THEO XÃ, THỊ TRẤN NĂM 2026"], "header_rows": 1,
            "rows": head + body, "spans": []}


def doc(name, table, intro):
    return {"id": name, "title": ["BÁO CÁO"], "footnotes": {}, "blocks": [
        {"kind": "paragraph", "text": intro},
        table,
        {"kind": "paragraph", "text": "Số liệu trên do các đơn vị tự tổng hợp và chịu trách nhiệm về tính chính xác."}]}


if __name__ == "__main__":
    out = sys.argv[1]
    intros = {"tt01": "Ủy ban nhân dân huyện Mộc Lâm tổng hợp số đơn thư nhận được trong quý III năm 2026 như sau:",
              "tt02": "Công tác tiếp công dân 9 tháng năm 2026 trên địa bàn huyện Mộc Lâm được tổng hợp tại biểu dưới đây.",
              "tt03": "Kết quả giải quyết đơn thuộc thẩm quyền của các địa bàn được thống kê như sau:",
              "tt04": "Thanh tra huyện Mộc Lâm tổng hợp kết quả các cuộc thanh tra, kiểm tra trong năm 2026 như sau:",
              "tt05": "Số đơn thư các xã, thị trấn tiếp nhận trong năm 2026 được tổng hợp theo từng đơn vị tại biểu dưới đây."}
    for name, make in (("tt01", tt01), ("tt02", tt02), ("tt03", tt03), ("tt04", tt04), ("tt05", tt05)):
        json.dump(doc(name, make(), intros[name]), open(f"{out}/{name}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
