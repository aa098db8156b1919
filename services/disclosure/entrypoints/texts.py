"""The portal's words in Vietnamese (first) and English (``?lang=en``). The legal texts of the
entries and notices are published in Vietnamese only; these are the page's own words."""

LANGUAGES = ("vi", "en")

TEXTS = {
    "vi": {
        "register_title": "Danh sách người phải thi hành án chưa có điều kiện thi hành",
        "notices_title": "Thông báo công khai",
        "statistics_title": "Thống kê thi hành án dân sự",
        "entry_title": "Thông tin người phải thi hành án",
        "gone_title": "Thông tin đã được gỡ bỏ",
        "gone_text": "Người phải thi hành án này không còn trong danh sách công khai (Điều 11.3 "
                     "Nghị định 62/2015/NĐ-CP).",
        "not_found": "Không tìm thấy trang.",
        "too_many": "Quá nhiều yêu cầu tìm kiếm; vui lòng thử lại sau ít phút.",
        "nav_register": "Danh sách", "nav_notices": "Thông báo", "nav_statistics": "Thống kê",
        "switch": "English", "switch_lang": "en",
        "name": "Tên người phải thi hành án", "name_hint": "VD: Nguyễn Văn An hoặc nguyen van an",
        "authority": "Cơ quan thi hành án (mã)", "province": "Tỉnh, thành phố (trong địa chỉ)",
        "province_hint": "VD: Hà Nội", "search": "Tìm kiếm", "invalid": "Tham số không hợp lệ",
        "as_of": "Tính đến ngày", "people": "người", "page": "Trang",
        "previous": "← Trang trước", "next": "Trang sau →",
        "none": "Không có người phải thi hành án nào trong danh sách.",
        "address": "Địa chỉ", "judgment": "Bản án, quyết định",
        "enforcement_decision": "Quyết định thi hành án",
        "unmet_obligation": "Nghĩa vụ chưa thi hành",
        "reason": "Lý do chưa có điều kiện thi hành", "published_by": "Cơ quan công khai",
        "published_on": "Ngày công khai", "details": "Xem chi tiết",
        "kind": "Loại thông báo", "all_kinds": "Tất cả",
        "kind_heir_search": "Tìm người thừa kế", "kind_enforcement_notice": "Thông báo thi hành án",
        "kind_auction": "Bán đấu giá tài sản",
        "kind_lacking_conditions_decision": "Quyết định chưa có điều kiện thi hành",
        "posted": "Thời gian đăng", "to": "đến", "legal_basis": "Căn cứ",
        "starting_price": "Giá khởi điểm", "deposit": "Tiền đặt trước",
        "organisation": "Tổ chức đấu giá", "venue": "Địa điểm",
        "registration_closes_on": "Hạn đăng ký", "auction_on": "Ngày đấu giá",
        "cancelled": "ĐÃ HỦY", "no_notices": "Không có thông báo nào.", "dong": "đồng",
        "year": "Năm", "period": "Tháng", "received": "Thụ lý", "closed": "Kết thúc",
        "completed": "Thi hành xong", "collected": "Số tiền thu được (đồng)",
        "share_met": "Tỷ lệ đúng hạn", "total": "Tổng", "no_figures": "Chưa có số liệu.",
        "chart": "Số việc thụ lý và thi hành xong theo tháng",
        "stats_note": "Số liệu tổng hợp, không chứa thông tin cá nhân. Tỷ lệ đúng hạn: các thời "
                      "hạn công khai, sửa đổi, gỡ bỏ thông tin (Điều 11) đã thực hiện đúng hạn.",
        "footer": "Công khai theo Điều 11, 12.5, 15.1 và 27 Nghị định số 62/2015/NĐ-CP (sửa "
                  "đổi, bổ sung bởi Nghị định số 152/2024/NĐ-CP) và Điều 44a Luật Thi hành án "
                  "dân sự. Thông tin được gỡ bỏ khi có quyết định tiếp tục thi hành án hoặc xác "
                  "nhận người phải thi hành án đã thực hiện xong nghĩa vụ.",
        "api": "Dữ liệu dạng JSON",
    },
    "en": {
        "register_title": "Register of judgment debtors lacking conditions to satisfy the "
                          "judgment",
        "notices_title": "Public notices",
        "statistics_title": "Civil judgment enforcement statistics",
        "entry_title": "Judgment debtor",
        "gone_title": "This information has been removed",
        "gone_text": "This judgment debtor is no longer on the public register (Decree "
                     "62/2015 Art. 11.3).",
        "not_found": "Page not found.",
        "too_many": "Too many searches; please try again in a few minutes.",
        "nav_register": "Register", "nav_notices": "Notices", "nav_statistics": "Statistics",
        "switch": "Tiếng Việt", "switch_lang": "vi",
        "name": "Judgment debtor's name", "name_hint": "e.g. Nguyễn Văn An or nguyen van an",
        "authority": "Enforcement authority (code)", "province": "Province (in the address)",
        "province_hint": "e.g. Hà Nội", "search": "Search", "invalid": "Invalid parameters",
        "as_of": "As of", "people": "debtors", "page": "Page",
        "previous": "← Previous page", "next": "Next page →",
        "none": "No judgment debtor on the register.",
        "address": "Address", "judgment": "Judgment or decision",
        "enforcement_decision": "Enforcement decision", "unmet_obligation": "Unmet obligation",
        "reason": "Why the debtor lacks conditions", "published_by": "Published by",
        "published_on": "Published on", "details": "Details",
        "kind": "Kind of notice", "all_kinds": "All",
        "kind_heir_search": "Search for heirs", "kind_enforcement_notice": "Enforcement notice",
        "kind_auction": "Auction of property",
        "kind_lacking_conditions_decision": "Decision: debtor lacks conditions",
        "posted": "Posted", "to": "to", "legal_basis": "Legal basis",
        "starting_price": "Starting price", "deposit": "Deposit",
        "organisation": "Auction organisation", "venue": "Venue",
        "registration_closes_on": "Registration closes", "auction_on": "Auction day",
        "cancelled": "CANCELLED", "no_notices": "No notices.", "dong": "VND",
        "year": "Year", "period": "Month", "received": "Received", "closed": "Closed",
        "completed": "Completed", "collected": "Amount collected (VND)",
        "share_met": "Deadlines met", "total": "Total", "no_figures": "No figures yet.",
        "chart": "Cases received and completed per month",
        "stats_note": "Aggregated figures, no personal data. Deadlines met: the register's "
                      "publication, correction and removal deadlines (Art. 11) met on time.",
        "footer": "Published under Decree 62/2015/ND-CP Art. 11, 12.5, 15.1 and 27 (as amended "
                  "by Decree 152/2024/ND-CP) and Art. 44a of the Law on Civil Judgment "
                  "Enforcement. An entry is removed on the decision to resume enforcement or the "
                  "certification that the debtor fulfilled the obligation.",
        "api": "JSON data",
    },
}


def language(args):
    """The page's language from ``?lang=`` (Vietnamese unless ``en``; anything else is
    Vietnamese, never an error: a link shared with a stray value still opens)."""
    return "en" if args.get("lang") == "en" else "vi"
