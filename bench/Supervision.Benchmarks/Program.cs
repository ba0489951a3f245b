using BenchmarkDotNet.Running;
using Supervision.Benchmarks;

if (args is ["batch", .. var batchArgs])
{
    BatchThroughput.Run(batchArgs);
    return;
}

if (args is ["tagging", .. var rest])
{
    TaggingComparison.Run(rest);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
