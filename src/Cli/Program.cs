using System.Text;
using Supervision.Cli;

Console.OutputEncoding = Encoding.UTF8;
using var output = StandardOutput.OfConsole();
return CommandLine.Run(args, Console.In, output, Console.Error);
