package org.liaison.caseflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.liaison.caseflow.lifecycle.CaseStateMachine;

/** The one state machine of the application, configured with the reopening cap; the rules stay framework-free. */
@ApplicationScoped
class StateMachineProducer {

    @Produces
    @Singleton
    CaseStateMachine caseStateMachine(CaseFlowConfig config) {
        return new CaseStateMachine(config.maxReopenings());
    }
}
