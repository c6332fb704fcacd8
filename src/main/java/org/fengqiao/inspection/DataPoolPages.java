package org.fengqiao.inspection;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.fengqiao.org.CurrentActor;
import org.fengqiao.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** The administrator's page for imports from the shared data pool: upload, refusal with every bad row, history. */
@Controller
@RequestMapping("/inspection/data-pool")
@PreAuthorize("hasRole('ADMIN')")
class DataPoolPages {

    private static final int PAGE = 20;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final DataPoolImport importer;
    private final CurrentActor current;

    DataPoolPages(DataPoolImport importer, CurrentActor current) {
        this.importer = importer;
        this.current = current;
    }

    @GetMapping
    ModelAndView page(@RequestParam(defaultValue = "0") int page) {
        return view(page, HttpStatus.OK);
    }

    @PostMapping
    ModelAndView upload(@RequestParam("file") MultipartFile file) throws IOException {
        try {
            ModelAndView done = view(0, HttpStatus.OK);
            done.addObject("result", importer.run(current.get(), file.getOriginalFilename(), file.getBytes()));
            return done;
        } catch (PoolFileRefused e) {
            ModelAndView refused = view(0, HttpStatus.UNPROCESSABLE_CONTENT);
            refused.addObject("errors", e.errors());
            return refused;
        }
    }

    private ModelAndView view(int page, HttpStatus status) {
        if (page < 0 || page > 10_000) {
            throw new InvalidInput("page", "inspection.error.page");
        }
        ModelAndView mv = new ModelAndView("inspection/data-pool", status);
        var rows = importer.recent(PAGE + 1, page * PAGE);
        mv.addObject("imports", rows.size() > PAGE ? rows.subList(0, PAGE) : rows);
        mv.addObject("more", rows.size() > PAGE);
        mv.addObject("page", page);
        mv.addObject("kinds", PoolKind.values());
        mv.addObject("fmt", MINUTE);
        return mv;
    }
}
