package dev.cove.integrations.sync;

import java.util.function.Function;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.Task;

/**
 * Declares the db-scheduler tasks of every {@link SyncAdapter} bean before the scheduler is built
 * (the starter collects {@code Task} beans once, at creation).
 */
@Component
class SyncTaskRegistrar implements BeanDefinitionRegistryPostProcessor {

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        BeanFactory factory = (BeanFactory) registry;
        for (String adapter : ((ListableBeanFactory) registry).getBeanNamesForType(SyncAdapter.class, true, false)) {
            register(registry, factory, adapter, "Push", SyncTaskDefinitions::push);
            register(registry, factory, adapter, "Run", SyncTaskDefinitions::run);
            register(registry, factory, adapter, "Schedule", SyncTaskDefinitions::schedule);
        }
    }

    private static void register(BeanDefinitionRegistry registry, BeanFactory factory, String adapter, String kind,
            java.util.function.BiFunction<SyncTaskDefinitions, dev.cove.integrations.Provider, Task<Void>> task) {
        Function<BeanFactory, Task<?>> create = f -> task.apply(f.getBean(SyncTaskDefinitions.class),
                f.getBean(adapter, SyncAdapter.class).provider());
        RootBeanDefinition definition = new RootBeanDefinition(Task.class, () -> create.apply(factory));
        registry.registerBeanDefinition(adapter + "Sync" + kind + "Task", definition);
    }
}
