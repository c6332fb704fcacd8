package org.fengqiao.org;

import java.util.UUID;

import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A signed-in person's own API tokens: create (secret shown once), list, revoke. */
@Controller
class AccountPages {

    private final ApiTokens tokens;
    private final CurrentActor current;

    AccountPages(ApiTokens tokens, CurrentActor current) {
        this.tokens = tokens;
        this.current = current;
    }

    @Bean
    static NavLink accountNavLink() {
        return new NavLink("org.nav.tokens", "/account/tokens", java.util.Set.of(), 900);
    }

    @GetMapping("/account/tokens")
    String list(Model model) {
        model.addAttribute("tokens", tokens.of(current.get().personId()));
        return "org/tokens";
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam String name, Model model) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidInput("name", "org.token.name");
        }
        model.addAttribute("secret", tokens.issue(current.get().personId(), trimmed));
        return list(model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id) {
        tokens.revoke(current.get().personId(), id);
        return "redirect:/account/tokens";
    }
}
