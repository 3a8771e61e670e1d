using System;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Measures.Observations;

/// <summary>
/// Reads batches of records and checks them in file order: on one thread, one batch after another; or on two, the
/// file read on a second thread while the caller's thread checks the batches already read. The batches are the same
/// either way, and are checked in the same order on the caller's thread, so the results, the problems and the
/// progress reports are the same.
/// </summary>
internal static class ObservationRowPipeline
{
    // Enough batches in flight to keep both threads busy; few enough to bound the memory they take.
    private const int InFlight = 4;

    public static void Run(ObservationRowSource source, Action<ObservationRowBatch> check, int threads)
    {
        if (threads <= 1)
        {
            var batch = new ObservationRowBatch();
            bool more;
            do
            {
                more = source.Fill(batch);
                check(batch);
            }
            while (more);

            return;
        }

        using var read = new BlockingCollection<ObservationRowBatch>(InFlight);
        var free = new ConcurrentQueue<ObservationRowBatch>();
        using var stop = new CancellationTokenSource();
        var reader = new Thread(() => Read(source, read, free, stop.Token)) { IsBackground = true, Name = "Observation CSV reader" };
        reader.Start();
        try
        {
            while (true)
            {
                var batch = read.Take();
                batch.Failure?.Throw();
                check(batch);
                if (batch.Last)
                {
                    return;
                }

                free.Enqueue(batch);
            }
        }
        finally
        {
            // A check that throws (a progress sink, say) ends the read: the reading thread stops before the caller goes on.
            stop.Cancel();
            reader.Join();
        }
    }

    private static void Read(ObservationRowSource source, BlockingCollection<ObservationRowBatch> read, ConcurrentQueue<ObservationRowBatch> free, CancellationToken stop)
    {
        try
        {
            bool more = true;
            while (more && !stop.IsCancellationRequested)
            {
                var batch = free.TryDequeue(out var reused) ? reused : new ObservationRowBatch();
                try
                {
                    more = source.Fill(batch);
                }
#pragma warning disable CA1031 // whatever reading throws is thrown again on the caller's thread
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    batch.Reset();
                    batch.Failure = ExceptionDispatchInfo.Capture(ex);
                    more = false;
                }

                read.Add(batch, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // The caller has stopped checking.
        }
    }
}
