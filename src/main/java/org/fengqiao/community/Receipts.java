package org.fengqiao.community;

import org.springframework.ui.Model;

/** The receipt page a resident gets after posting a need or a wish: its number and the lookup code, shown once. */
final class Receipts {

    private Receipts() {
    }

    static String show(Model model, String number, String lookupCode, String view) {
        model.addAttribute("number", number);
        model.addAttribute("code", lookupCode);
        return view;
    }
}
