package org.fengqiao.org;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: lets a machine client check its credentials and scope. */
@RestController
class MeApi {

    private final CurrentActor current;

    MeApi(CurrentActor current) {
        this.current = current;
    }

    @GetMapping("/api/v1/me")
    Actor me() {
        return current.get();
    }
}
