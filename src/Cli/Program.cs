using System.Text;
using Supervision.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CommandLine.Run(args, Console.In, Console.Out, Console.Error);
