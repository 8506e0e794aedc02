package org.liaison.support;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.VertxContextSupport;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.NewCaseIds;
import org.liaison.caseflow.ResidentCase;
import org.liaison.category.CategoryService;
import org.liaison.common.sql.PipelinedTransactions;

/** Writes a case set up by a test exactly as a submission does (the SUBMITTED and ROUTE events included), by venue id. */
public final class RoutedCases {

    private RoutedCases() {
    }

    /** {@code c} without id or category; returns its id once committed. */
    public static long submit(ResidentCase c, String categoryCode) throws Throwable {
        PipelinedTransactions transactions = Arc.container().instance(PipelinedTransactions.class).get();
        CategoryService categories = Arc.container().instance(CategoryService.class).get();
        CaseWorkflow workflow = Arc.container().instance(CaseWorkflow.class).get();
        return VertxContextSupport.subscribeAndAwait(() -> transactions.run(statements -> NewCaseIds.take(statements)
                .chain(ids -> categories.findActiveByCode(statements, categoryCode).chain(category -> {
                    c.categoryId = category.id;
                    return workflow.submitted(c, ids, category, statements);
                }))
                .map(routed -> routed.id)));
    }
}
