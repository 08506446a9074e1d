package io.glpiwallboard.cli;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the database fail like a full disk once a statement matching {@link #failFrom}
 * runs: that statement and, with {@code persist}, every later write fails with what H2
 * throws then (90028 caused by "No space left on device"). Added to the application under
 * test with {@code --spring.main.sources=io.glpiwallboard.cli.StorageFaults}.
 */
@Configuration(proxyBeanMethods = false)
public class StorageFaults {

	private static final Pattern WRITE = Pattern
		.compile("(?is)^\\s*(INSERT|UPDATE|MERGE|DELETE|CREATE|ALTER|DROP)\\b.*");

	private static volatile Pattern trigger;

	private static volatile boolean persist;

	private static volatile boolean full;

	/** Matching statements still let through before the disk fills. */
	private static final AtomicInteger spared = new AtomicInteger();

	/** The statement (a regular expression searched in the SQL) that fills the disk. */
	static void failFrom(String sqlPattern, boolean everyLaterWrite) {
		failFrom(sqlPattern, 0, everyLaterWrite);
	}

	/**
	 * As above, letting the first {@code spare} matching statements through (from any
	 * thread).
	 */
	static void failFrom(String sqlPattern, int spare, boolean everyLaterWrite) {
		spared.set(spare);
		trigger = Pattern.compile(sqlPattern);
		persist = everyLaterWrite;
		full = false;
	}

	static void reset() {
		trigger = null;
		persist = false;
		full = false;
		spared.set(0);
	}

	@Bean
	static BeanPostProcessor failingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof DataSource dataSource)) {
					return bean;
				}
				return proxy(DataSource.class, dataSource, (target, method, args) -> {
					Object result = invoke(target, method, args);
					return result instanceof Connection c ? connection(c) : result;
				});
			}
		};
	}

	private static Connection connection(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			if (method.getName().startsWith("prepare") && args != null && args.length > 0
					&& args[0] instanceof String sql) {
				check(sql);
			}
			Object result = invoke(target, method, args);
			if (result instanceof Statement s && method.getName().equals("createStatement")) {
				return statement(s);
			}
			return result;
		});
	}

	private static Statement statement(Statement statement) {
		return proxy(Statement.class, statement, (target, method, args) -> {
			if (method.getName().startsWith("execute") && args != null && args.length > 0
					&& args[0] instanceof String sql) {
				check(sql);
			}
			return invoke(target, method, args);
		});
	}

	private static void check(String sql) throws SQLException {
		Pattern t = trigger;
		boolean hit = t != null && t.matcher(sql).find() && spared.getAndDecrement() <= 0;
		if (hit || (full && persist && WRITE.matcher(sql).matches())) {
			full = true;
			throw new SQLException("IO Exception: \"java.io.IOException: No space left on device\" [90028-240]",
					"90028", 90028, new IOException("No space left on device"));
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
		InvocationHandler h = (p, method, args) -> handler.handle(target, method, args);
		return (T) Proxy.newProxyInstance(StorageFaults.class.getClassLoader(), new Class<?>[] { type }, h);
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

	@FunctionalInterface
	private interface Handler<T> {

		Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Throwable;

	}

}
