package org.fengqiao.subject;

import java.util.List;

import org.fengqiao.shared.InvalidInput;

/** An enterprise form breaks one or more rules; reported as the first, with all of them available to pages. */
public class InvalidEnterprise extends InvalidInput {

    private final transient List<FieldProblem> problems;

    public InvalidEnterprise(List<FieldProblem> problems) {
        super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
