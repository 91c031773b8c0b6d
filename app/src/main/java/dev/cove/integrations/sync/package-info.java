/**
 * The sync engine: durable push tasks, the link table, idempotent writes, classified failures, rate
 * budgets, runs with progress, and the sync log. Providers plug in through {@link
 * dev.cove.integrations.sync.SyncAdapter}; the Integrations page reads {@link
 * dev.cove.integrations.SyncCounts}.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li><b>Tasks are written by a synchronous listener, in the publisher's transaction</b> ({@code
 * SyncTriggers}, plain {@code @EventListener}). The link row and the db-scheduler execution commit or
 * roll back with the business change: a transactional outbox with no second hop. An
 * {@code @ApplicationModuleListener} would also be durable (the JDBC publication registry re-delivers
 * after a crash) but adds a second transaction, a delay and a re-delivery path to reason about; the
 * price of the choice is that a failure to enqueue fails the business change, which is the safe side.
 * db-scheduler's starter wraps the DataSource in a {@code TransactionAwareDataSourceProxy}, which is
 * what lets {@code scheduleIfNotExists} join the transaction.</li>
 * <li><b>One task per link.</b> The execution's instance id is the link id, so a record has at most one
 * pending task per connection. A change bumps {@code generation}; the worker settles a generation and,
 * holding the link's row lock, either ends the task or runs it again if a change arrived meanwhile
 * ({@code SyncWorker.complete}). A concurrent change either finds the task still there or is seen by it.</li>
 * <li><b>Idempotency key = f(link, generation first tried)</b>, a name-based UUID (36 characters, fits
 * QuickBooks' 50 and its batch 36). The key, the body and its hash are stored before the call; until the
 * write settles every retry, crash recovery or restart repeats exactly that body under that key, even if
 * the record changed meanwhile (the newer version follows as a normal update). So a response lost after
 * the provider committed is answered by the provider's replay, never by a second record.</li>
 * <li><b>Unchanged means same SHA-256 of the rendered body</b> and a known remote id: no call is made.</li>
 * <li><b>References</b>: a record that refers to one not yet at the provider (an invoice to its customer)
 * is parked unsent as WAITING on that link ({@code sync_links.awaits}), without counting an attempt; the
 * referred record's settlement wakes it, and it looks again every {@code blocked-recheck} regardless.</li>
 * <li><b>Failures</b>: transient (5xx, 429, I/O) retry on {@code cove.sync.retry}
 * (exponential, jittered, never before Retry-After) and become FAILED after {@code max-attempts}, keeping
 * the in-flight key; UNAUTHORIZED gets one refresh through the vault; needs-reconnect marks the
 * connection and the task WAITs (re-checked every {@code blocked-recheck}, woken at once by
 * {@code ConnectionActivated} or resume); permanent flags the link with the provider's code and message
 * until the record changes or someone presses retry.</li>
 * <li><b>Task names carry the provider</b> ({@code sync-push:quickbooks}), registered per adapter bean, so
 * a node or test context without that adapter never picks the work.</li>
 * <li><b>Rate budget</b>: Bucket4j, capacity {@code burst}, greedy refill of
 * {@code requests-per-minute x utilisation} per (time-scaled) minute. On PostgreSQL the bucket is shared
 * by every node through the advisory-lock proxy manager ({@code sync_rate_buckets}); on H2 it is local.
 * The concurrency cap is a semaphore per connection and node (with several nodes, set
 * {@code max-concurrent} to the provider's cap divided by the node count).</li>
 * <li><b>Batches are prepared a chunk at a time, on locked candidates</b> ({@code SyncBatches.takeAlong}):
 * the leader selects the records it may take along {@code FOR UPDATE SKIP LOCKED} in one transaction,
 * renders them together, has the adapter prepare them together and claims them in one JDBC batch, so
 * leaders working at once never prepare the same records (they used to, a third of the time). The
 * claim itself stays conditional ({@code beginAttempt}), so correctness never rests on the lock; the
 * price is that a business change to a record a leader is preparing waits for that transaction (tens
 * of milliseconds), which is why adapters keep provider calls out of the bulk render and preparation.</li>
 * <li><b>Runs</b> expand into push tasks in their own durable task and end when every record in them
 * settled; a run with any failed record ends FAILED, a run whose records wait for a reconnect stays
 * RUNNING: an interrupted run is never reported as a success. Scheduled runs are a recurring task per
 * provider that starts a run for every active connection with none running.</li>
 * </ul>
 */
package dev.cove.integrations.sync;
