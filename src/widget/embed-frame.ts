import { linkFrame } from './frame.ts'

linkFrame()
