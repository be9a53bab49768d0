package dev.corpora.application;

import dev.corpora.application.access.LoginAttempts;

class InMemoryLoginAttemptsContractTest extends LoginAttemptsContract {
    private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts(ALLOWANCE);

    @Override
    protected LoginAttempts attempts() {
        return attempts;
    }
}
