package org.fengqiao.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page, the sign-in page and the signed-in start page. */
@Controller
class HomePages {

    @GetMapping("/")
    String front() {
        return "web/front";
    }

    @GetMapping("/login")
    String login() {
        return "web/login";
    }

    @GetMapping("/home")
    String home() {
        return "web/home";
    }
}
