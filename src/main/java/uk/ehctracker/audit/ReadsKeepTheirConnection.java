package uk.ehctracker.audit;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

/**
 * Read-only transactions stay read-only for Hibernate (no dirty checking, no flush) but their
 * database connection is not switched to read-only, so the READ entry of a case's read is written
 * on the connection the read already holds.
 *
 * <p>Why: written in a transaction of its own, each read held two pooled connections at once;
 * with more readers at once than the pool has connections, every reader held one and waited for
 * a second, and all failed after the pool's 30-second wait. One connection per request cannot
 * deadlock the pool. No transaction here asks for an isolation level, which this switch refuses
 * (decision 0014 lists its other effects).
 */
@Configuration(proxyBeanMethods = false)
class ReadsKeepTheirConnection {

    @Bean
    static BeanPostProcessor connectionsNotPreparedPerTransaction() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HibernateJpaVendorAdapter adapter) {
                    adapter.setPrepareConnection(false);
                }
                return bean;
            }
        };
    }
}
