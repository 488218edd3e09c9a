package uk.ehctracker.audit;

import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import uk.ehctracker.access.CurrentUser;

/**
 * Writes the one audit entry of each {@link Audited} command, whichever adapter called it.
 *
 * <p>Order: the command's transaction is opened first (order 0) and the audit interceptor runs
 * inside it (order 1), so a command refused with a 4xx rolls back its entry with everything
 * else, and an entry is never written for a change that did not happen.
 */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement(proxyTargetClass = true, order = AuditedCommands.TRANSACTION_ORDER)
public class AuditedCommands {

    static final int TRANSACTION_ORDER = 0;
    static final int AUDIT_ORDER = 1;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor auditedCommandAdvisor(ObjectProvider<AuditLog> audit) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(Audited.class), new Interceptor(audit));
        advisor.setOrder(AUDIT_ORDER);
        return advisor;
    }

    private static final class Interceptor implements MethodInterceptor {

        /**
         * Entries written by audited commands on this thread: a command that calls another (a
         * task completed through its form, a school's request sent by its process) is recorded
         * once, by the innermost, which knows best what was done.
         */
        private static final ThreadLocal<int[]> WRITTEN = ThreadLocal.withInitial(() -> new int[1]);
        private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

        private final ObjectProvider<AuditLog> audit;

        Interceptor(ObjectProvider<AuditLog> audit) {
            this.audit = audit;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            int[] depth = DEPTH.get();
            int[] written = WRITTEN.get();
            int writtenBefore = written[0];
            depth[0]++;
            try {
                Object result = invocation.proceed();
                if (written[0] == writtenBefore) {
                    record(invocation, result);
                    written[0]++;
                }
                return result;
            } finally {
                if (--depth[0] == 0) {
                    DEPTH.remove();
                    WRITTEN.remove();
                }
            }
        }

        private void record(MethodInvocation invocation, Object result) {
            Method method = invocation.getMethod();
            Audited audited = method.getAnnotation(Audited.class);
            CurrentUser by = argument(invocation, CurrentUser.class);
            AuditSubject subject = result instanceof AuditSubject s ? s : argument(invocation, AuditSubject.class);
            if (by == null || subject == null) {
                throw new IllegalStateException(method + " is @Audited but names no person or no subject");
            }
            audit.getObject().record(by, subject.auditCaseId(), audited.action(), audited.value() + " (" + subject.auditName() + ")");
        }

        private static <T> T argument(MethodInvocation invocation, Class<T> type) {
            for (Object argument : invocation.getArguments()) {
                if (type.isInstance(argument)) {
                    return type.cast(argument);
                }
            }
            return null;
        }
    }
}
